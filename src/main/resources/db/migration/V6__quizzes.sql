-- Quiz settings beside the existing pass mark, attempts and shuffle; then attempts, each with
-- the questions drawn for it and the learner's answers, saved one by one as they are given.
ALTER TABLE course_module ADD COLUMN quiz_draw INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE course_module ADD COLUMN time_limit INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE course_module ADD COLUMN feedback VARCHAR(20) DEFAULT 'AFTER_SUBMIT' NOT NULL;
ALTER TABLE course ADD COLUMN final_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE course ADD COLUMN final_time_limit INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE course ADD COLUMN final_shuffle BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE course ADD COLUMN final_feedback VARCHAR(20) DEFAULT 'AFTER_SUBMIT' NOT NULL;

CREATE SEQUENCE attempt_seq START WITH 50 INCREMENT BY 50;

-- The rules are copied from the quiz when the attempt starts: later edits never change it.
CREATE TABLE quiz_attempt (
    id             BIGINT       NOT NULL PRIMARY KEY,
    public_id      VARCHAR(36)  NOT NULL,
    account_id     BIGINT       NOT NULL,
    course_id      BIGINT       NOT NULL,
    quiz_code      VARCHAR(80)  NOT NULL,
    module_id      BIGINT,
    attempt_number INTEGER      NOT NULL,
    state          VARCHAR(20)  NOT NULL,
    language       VARCHAR(5)   NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline       TIMESTAMP WITH TIME ZONE,
    submitted_at   TIMESTAMP WITH TIME ZONE,
    submitted_by   VARCHAR(20),
    quiz_draw      INTEGER      NOT NULL,
    pass_mark      INTEGER      NOT NULL,
    attempts       INTEGER      NOT NULL,
    time_limit     INTEGER      NOT NULL,
    shuffle        BOOLEAN      NOT NULL,
    feedback       VARCHAR(20)  NOT NULL,
    score          DECIMAL(5, 2),
    passed         BOOLEAN,
    version        BIGINT       NOT NULL,
    CONSTRAINT quiz_attempt_public_uk UNIQUE (public_id),
    CONSTRAINT quiz_attempt_number_uk UNIQUE (account_id, course_id, quiz_code, attempt_number),
    CONSTRAINT quiz_attempt_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT quiz_attempt_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT quiz_attempt_module_fk FOREIGN KEY (module_id) REFERENCES course_module (id)
);
CREATE INDEX quiz_attempt_deadline_ix ON quiz_attempt (state, deadline);
CREATE INDEX quiz_attempt_course_ix ON quiz_attempt (course_id, quiz_code);

-- option_order: the bank's answer indexes in the order this attempt shows them;
-- match_order: for matching, the right-hand sides' indexes in the order shown.
-- response: the learner's answer in the order shown (what the page sent).
CREATE TABLE attempt_question (
    attempt_id   BIGINT        NOT NULL,
    position     INTEGER       NOT NULL,
    question_id  BIGINT        NOT NULL,
    option_order VARCHAR(200)  NOT NULL,
    match_order  VARCHAR(200)  NOT NULL,
    response     VARCHAR(2000),
    answered_at  TIMESTAMP WITH TIME ZONE,
    score        DECIMAL(7, 4),
    CONSTRAINT attempt_question_pk PRIMARY KEY (attempt_id, position),
    CONSTRAINT attempt_question_attempt_fk FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    CONSTRAINT attempt_question_question_fk FOREIGN KEY (question_id) REFERENCES question (id)
);

-- The course is complete when every lesson is and the final assessment is passed.
ALTER TABLE enrolment ADD COLUMN final_passed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE enrolment ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;

-- Self-enrolment where the course allows it; otherwise administrators enrol learners, and the
-- enrolment keeps who did.
ALTER TABLE course ADD COLUMN self_enrolment BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE enrolment ADD COLUMN enrolled_by BIGINT;
ALTER TABLE enrolment ADD CONSTRAINT enrolment_enrolled_by_fk FOREIGN KEY (enrolled_by) REFERENCES account (id);
