-- Leases for the scheduled jobs, so that in a cluster each job runs on one node at a time:
-- a node runs a job only while it holds the job's row here (taken with a conditional UPDATE,
-- renewed on every run, taken over by another node once it has expired). One row per job,
-- created by the first node that asks for it. (V8 is another change's.)
CREATE TABLE job_lease (
    job        VARCHAR(100) NOT NULL PRIMARY KEY,
    holder     VARCHAR(200) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- the jobs of today, already expired: the first node to ask takes them
INSERT INTO job_lease (job, holder, expires_at) VALUES ('expired-attempts', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
INSERT INTO job_lease (job, holder, expires_at) VALUES ('xapi-forwarding', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
