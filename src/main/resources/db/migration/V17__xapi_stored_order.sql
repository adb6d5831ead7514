-- xAPI statements become visible in the order of their stored time (issue 25). A statement is
-- written in the learner's transaction without a stored time (stored_at NULL: nobody reads it
-- yet); once that transaction has committed, one ordered step gives every waiting statement a
-- stored time later than any given before, under the lock of the single row below, and commits.
-- So a statement never appears after a reader has been told of a later stored time, on one
-- node or many (the lock is the database's). The row also holds the Consistent-Through time
-- readers are told, which that step moves on too. (V16 is another change's.)
ALTER TABLE xapi_statement ALTER COLUMN stored_at DROP NOT NULL;

CREATE TABLE xapi_stored_clock (
    id                 INTEGER NOT NULL PRIMARY KEY,
    consistent_through TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO xapi_stored_clock (id, consistent_through)
SELECT 1, COALESCE(MAX(stored_at), TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00') FROM xapi_statement;

-- a learner's own history, newest first, includes statements still waiting for their stored time
CREATE INDEX xapi_statement_history_ix ON xapi_statement (account_id, occurred_at, id);

-- Forwarding reads the statements in stored order, as an LRS client would, from where it last
-- stopped: one position and one back-off for the whole queue instead of a flag per statement
-- (which could send a later statement before an earlier one that had failed). It continues
-- with the oldest statement not forwarded yet; one sent already may be sent again, which the
-- store ignores (it keeps one statement per id).
CREATE TABLE xapi_forwarding (
    id               INTEGER NOT NULL PRIMARY KEY,
    forwarded_stored TIMESTAMP WITH TIME ZONE NOT NULL,
    forwarded_id     BIGINT  NOT NULL,
    failures         INTEGER NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE
);
INSERT INTO xapi_forwarding (id, forwarded_stored, forwarded_id, failures, next_attempt_at)
SELECT 1,
       COALESCE((SELECT MIN(stored_at) FROM xapi_statement WHERE forwarded_at IS NULL),
                (SELECT MAX(stored_at) FROM xapi_statement),
                TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'),
       CASE WHEN EXISTS (SELECT 1 FROM xapi_statement WHERE forwarded_at IS NULL) THEN 0
            ELSE COALESCE((SELECT MAX(id) FROM xapi_statement), 0) END,
       0, NULL;
DROP INDEX xapi_statement_pending_ix;
ALTER TABLE xapi_statement DROP COLUMN next_attempt_at;
ALTER TABLE xapi_statement DROP COLUMN forward_attempts;
ALTER TABLE xapi_statement DROP COLUMN forwarded_at;

-- statements the platform makes are xAPI 1.0.0 statements (any 1.0.x receiver takes them); the
-- API itself speaks 1.0.3. The stored time is no longer kept in the JSON: it is added when served.
UPDATE xapi_statement SET statement_json = REPLACE(statement_json, '"version":"1.0.3"', '"version":"1.0.0"');
