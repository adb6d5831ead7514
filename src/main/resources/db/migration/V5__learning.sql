-- Enrolments and lesson progress. Unenrolling keeps the row and its completions (history).
CREATE SEQUENCE enrolment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE enrolment (
    id               BIGINT  NOT NULL PRIMARY KEY,
    account_id       BIGINT  NOT NULL,
    course_id        BIGINT  NOT NULL,
    active           BOOLEAN NOT NULL,
    enrolled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    unenrolled_at    TIMESTAMP WITH TIME ZONE,
    last_lesson_id   BIGINT,
    last_activity_at TIMESTAMP WITH TIME ZONE,
    version          BIGINT  NOT NULL,
    CONSTRAINT enrolment_uk UNIQUE (account_id, course_id),
    CONSTRAINT enrolment_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT enrolment_course_fk FOREIGN KEY (course_id) REFERENCES course (id)
);
CREATE INDEX enrolment_course_ix ON enrolment (course_id);

CREATE TABLE lesson_completion (
    enrolment_id BIGINT NOT NULL,
    lesson_id    BIGINT NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lesson_completion_pk PRIMARY KEY (enrolment_id, lesson_id),
    CONSTRAINT lesson_completion_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT lesson_completion_lesson_fk FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);
