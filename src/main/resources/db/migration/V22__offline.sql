-- Learning offline (issue 19).
--
-- offline_item: what a device sent from its queue (a lesson completed, an answer given, a quiz
-- submitted while offline), by the id the device gave the item. A device that sends an item again
-- (the reply was lost, two tabs flushed at once) gets the outcome kept here and nothing is stored twice.
CREATE TABLE offline_item (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status      INTEGER      NOT NULL,
    outcome     VARCHAR(2000) NOT NULL,
    CONSTRAINT offline_item_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX offline_item_account_ix ON offline_item (account_id, received_at);

-- offline_paper: the questions of a module quiz as a device holds them to answer offline (drawn
-- and ordered as an attempt would be; never the answer key). It becomes an attempt, with the
-- paper's id as the attempt's, when the first answer or the submission reaches the server.
CREATE TABLE offline_paper (
    public_id   VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    course_id   BIGINT       NOT NULL,
    quiz_code   VARCHAR(80)  NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    questions   VARCHAR(4000) NOT NULL,
    attempt_id  BIGINT,
    CONSTRAINT offline_paper_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT offline_paper_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT offline_paper_attempt_fk FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE SET NULL
);
CREATE INDEX offline_paper_quiz_ix ON offline_paper (account_id, course_id, quiz_code);
