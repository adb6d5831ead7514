-- Cohorts: named groups of people (e.g. a regional programme's 2026 intake) and the courses
-- they are enrolled in. Reports break figures down by cohort through cohort_member and
-- cohort_course. Portable SQL for H2 and PostgreSQL.
CREATE SEQUENCE cohort_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cohort (
    id          BIGINT        NOT NULL PRIMARY KEY,
    name        VARCHAR(120)  NOT NULL,
    -- the name in lower case: two cohorts may not differ by case alone
    name_key    VARCHAR(120)  NOT NULL,
    description VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the administrator who created it (no foreign key: erasing a person keeps their cohorts)
    created_by  BIGINT,
    version     BIGINT        NOT NULL,
    CONSTRAINT cohort_name_uk UNIQUE (name_key)
);

CREATE TABLE cohort_member (
    cohort_id  BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cohort_member_pk PRIMARY KEY (cohort_id, account_id),
    CONSTRAINT cohort_member_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT cohort_member_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX cohort_member_account_ix ON cohort_member (account_id);

CREATE TABLE cohort_course (
    cohort_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    added_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cohort_course_pk PRIMARY KEY (cohort_id, course_id),
    CONSTRAINT cohort_course_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT cohort_course_course_fk FOREIGN KEY (course_id) REFERENCES course (id)
);
CREATE INDEX cohort_course_course_ix ON cohort_course (course_id);
