-- Completion rules, completion records (certificates and Open Badges), the issuer's signing
-- key and the audit log. Portable SQL for H2 and PostgreSQL.

-- What completes a course: its required lessons, its final assessment, or both (course.yaml).
ALTER TABLE course ADD COLUMN completion_lessons BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE course ADD COLUMN completion_final BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE lesson ADD COLUMN optional BOOLEAN DEFAULT FALSE NOT NULL;

-- A completion record keeps what was true on the day it was issued: the learner's name, country
-- and its development groups, organisation, the course and its version, score and hours. A
-- reissue is a new record (issue_number + 1); the one it replaces is revoked.
-- The id is also the record's place in the published revocation list (Bitstring Status List).
CREATE SEQUENCE completion_record_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE completion_record (
    id                BIGINT       NOT NULL PRIMARY KEY,
    public_id         VARCHAR(36)  NOT NULL,
    code              VARCHAR(10)  NOT NULL,
    account_id        BIGINT       NOT NULL,
    course_id         BIGINT       NOT NULL,
    issue_number      INTEGER      NOT NULL,
    language          VARCHAR(5)   NOT NULL,
    learner_name      VARCHAR(200) NOT NULL,
    country_code      CHAR(2)      NOT NULL,
    region            VARCHAR(60),
    sub_region        VARCHAR(60),
    developing        BOOLEAN      NOT NULL,
    ldc               BOOLEAN      NOT NULL,
    lldc              BOOLEAN      NOT NULL,
    sids              BOOLEAN      NOT NULL,
    organisation      VARCHAR(200) NOT NULL,
    organisation_type VARCHAR(40)  NOT NULL,
    course_code       VARCHAR(80)  NOT NULL,
    course_version    INTEGER      NOT NULL,
    course_language   VARCHAR(5)   NOT NULL,
    course_title      VARCHAR(300) NOT NULL,
    completed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    final_score       DECIMAL(5, 2),
    learning_minutes  INTEGER      NOT NULL,
    revoked_at        TIMESTAMP WITH TIME ZONE,
    revoked_by        BIGINT,
    revocation_reason VARCHAR(500),
    version           BIGINT       NOT NULL,
    CONSTRAINT completion_record_public_uk UNIQUE (public_id),
    CONSTRAINT completion_record_code_uk UNIQUE (code),
    -- the guard behind "exactly once": two completions at the same moment cannot both be issue 1
    CONSTRAINT completion_record_issue_uk UNIQUE (account_id, course_id, issue_number),
    CONSTRAINT completion_record_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT completion_record_course_fk FOREIGN KEY (course_id) REFERENCES course (id)
);
CREATE INDEX completion_record_issued_ix ON completion_record (issued_at);
CREATE INDEX completion_record_course_ix ON completion_record (course_id, issued_at);
CREATE INDEX completion_record_country_ix ON completion_record (country_code, issued_at);
CREATE INDEX completion_record_name_ix ON completion_record (learner_name);

-- The platform's Ed25519 key for signing credentials, generated on first use and shared by every
-- node through the database (unless CREDENTIAL_SIGNING_KEY supplies one).
CREATE TABLE signing_key (
    key_id      VARCHAR(80)   NOT NULL PRIMARY KEY,
    private_jwk VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who did what and when: revocations, reissues, and the administrators' other actions.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     BIGINT,
    actor_email  VARCHAR(254),
    action       VARCHAR(60)   NOT NULL,
    subject_type VARCHAR(40)   NOT NULL,
    subject_id   VARCHAR(80)   NOT NULL,
    details      VARCHAR(2000)
);
CREATE INDEX audit_entry_time_ix ON audit_entry (occurred_at);
CREATE INDEX audit_entry_subject_ix ON audit_entry (subject_type, subject_id);
