-- Administrators' reports read two reporting tables that the platform rebuilds from the learning
-- tables (reporting.boundary.EnrolmentReports: every 15 minutes, and on an administrator's
-- request). Each row carries the learner's breakdown values (country, M49 region and sub-region,
-- development groups, organisation type, gender), so a report is one GROUP BY over one table with
-- no join: on 300,000 enrolments and 3,000,000 events the embedded database answers in well under
-- a second, where the same joins over the live tables took several. Days are UTC.
CREATE TABLE report_enrolment (
    enrolment_id      BIGINT       NOT NULL PRIMARY KEY,
    account_id        BIGINT       NOT NULL,
    course_id         BIGINT       NOT NULL,
    country_code      CHAR(2)      NOT NULL,
    region            VARCHAR(60),
    sub_region        VARCHAR(60),
    developing        BOOLEAN      NOT NULL,
    ldc               BOOLEAN      NOT NULL,
    lldc              BOOLEAN      NOT NULL,
    sids              BOOLEAN      NOT NULL,
    organisation_type VARCHAR(40)  NOT NULL,
    gender            VARCHAR(20),
    enrolled_on       DATE         NOT NULL,
    completed_on      DATE,
    completion_days   DOUBLE PRECISION,
    final_score       DECIMAL(5, 2),
    -- the first and last day with activity in this course: "active since" or "until" a day, or
    -- at all, is answered here; only a period with both ends reads report_activity
    active_from       DATE,
    active_until      DATE
);
CREATE INDEX report_enrolment_enrolled_ix ON report_enrolment (enrolled_on);
CREATE INDEX report_enrolment_completed_ix ON report_enrolment (completed_on);
CREATE INDEX report_enrolment_course_ix ON report_enrolment (course_id, enrolled_on);

-- One row per learner, course and day with any lesson completed or quiz attempt started.
CREATE TABLE report_activity (
    account_id        BIGINT       NOT NULL,
    course_id         BIGINT       NOT NULL,
    active_on         DATE         NOT NULL,
    country_code      CHAR(2)      NOT NULL,
    region            VARCHAR(60),
    sub_region        VARCHAR(60),
    developing        BOOLEAN      NOT NULL,
    ldc               BOOLEAN      NOT NULL,
    lldc              BOOLEAN      NOT NULL,
    sids              BOOLEAN      NOT NULL,
    organisation_type VARCHAR(40)  NOT NULL,
    gender            VARCHAR(20),
    CONSTRAINT report_activity_pk PRIMARY KEY (account_id, course_id, active_on)
);
CREATE INDEX report_activity_day_ix ON report_activity (active_on);
CREATE INDEX report_activity_course_ix ON report_activity (course_id, active_on);

-- The same by month (active_month: its first day): a period of whole months, and the breakdowns by
-- month, quarter and year, count distinct learners over these fewer rows.
CREATE TABLE report_activity_month (
    account_id        BIGINT       NOT NULL,
    course_id         BIGINT       NOT NULL,
    active_month      DATE         NOT NULL,
    country_code      CHAR(2)      NOT NULL,
    region            VARCHAR(60),
    sub_region        VARCHAR(60),
    developing        BOOLEAN      NOT NULL,
    ldc               BOOLEAN      NOT NULL,
    lldc              BOOLEAN      NOT NULL,
    sids              BOOLEAN      NOT NULL,
    organisation_type VARCHAR(40)  NOT NULL,
    gender            VARCHAR(20),
    CONSTRAINT report_activity_month_pk PRIMARY KEY (account_id, course_id, active_month)
);
CREATE INDEX report_activity_month_ix ON report_activity_month (active_month);
CREATE INDEX report_activity_month_course_ix ON report_activity_month (course_id, active_month);

-- When the reporting tables were last rebuilt (one row), and a fingerprint of the learning tables
-- then (row counts and version sums): the scheduled rebuild is skipped while it is unchanged.
CREATE TABLE report_refresh (
    id           INTEGER NOT NULL PRIMARY KEY,
    refreshed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    fingerprint  VARCHAR(400) NOT NULL
);

