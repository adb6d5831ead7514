-- Authoring in the browser. A course is its files (the format of courses/README.md), kept
-- here as published and, while instructors edit it, as a draft: one row per file and stage.
-- Publishing reads the draft like a course folder and imports it as the folder import does,
-- so lessons and questions keep their ids (and learners their progress) while their ids stay.
CREATE SEQUENCE course_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE course_file (
    id          BIGINT       NOT NULL PRIMARY KEY,
    course_code VARCHAR(80)  NOT NULL,
    stage       VARCHAR(9)   NOT NULL,
    path        VARCHAR(300) NOT NULL,
    content     TEXT         NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  BIGINT,
    version     BIGINT       NOT NULL,
    CONSTRAINT course_file_uk UNIQUE (course_code, stage, path),
    CONSTRAINT course_file_stage_ck CHECK (stage IN ('PUBLISHED', 'DRAFT'))
);

-- The instructors who may edit a course (administrators may edit every course).
CREATE TABLE course_author (
    course_code VARCHAR(80) NOT NULL,
    account_id  BIGINT      NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT course_author_pk PRIMARY KEY (course_code, account_id),
    CONSTRAINT course_author_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX course_author_account_ix ON course_author (account_id);

-- The hash of the course as its folder under courses/ last stated it: the start-up import
-- imports a folder again only when its files changed, so edits published in the browser stay.
ALTER TABLE course ADD COLUMN files_hash VARCHAR(64);
UPDATE course SET files_hash = content_hash;
