-- The reporting tables are refreshed incrementally (issue 20): instead of rebuilding them all
-- (472 s at full size), the refresh recomputes the rows of the learners whose enrolments, quiz
-- attempts or account changed since the last refresh. Each of these rows now says when it last
-- changed (set by the entity on every insert and update, from the server's clock: a lesson
-- completed offline days ago and sent today is a change of today), with an index to find the
-- recent ones. Rows written before this migration have none: the first refresh after it rebuilds
-- everything (the DELETE below), as on a new database.
ALTER TABLE enrolment ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE quiz_attempt ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX enrolment_changed_ix ON enrolment (changed_at);
CREATE INDEX quiz_attempt_changed_ix ON quiz_attempt (changed_at);
CREATE INDEX account_changed_ix ON account (changed_at);

-- A learner's rows are deleted before they are computed again: each reporting table can now find
-- them by learner (report_activity's index starts with the learner already).
CREATE INDEX report_enrolment_account_ix ON report_enrolment (account_id);
CREATE INDEX report_completion_account_ix ON report_completion (account_id);
CREATE INDEX report_activity_month_account_ix ON report_activity_month (account_id);
CREATE INDEX report_learner_account_ix ON report_learner (account_id);
CREATE INDEX report_activity_gap_account_ix ON report_activity_gap (account_id);

-- The learners a refresh recomputes, filled and emptied within its transaction (one refresh at a
-- time: the job's lease).
CREATE TABLE report_stale (
    account_id BIGINT NOT NULL PRIMARY KEY
);

-- the figures must be computed again, with the new indexes
DELETE FROM report_refresh;
