-- Reports within a second on 100,000 learners and 3,000,000 events (issue 9). The reporting
-- tables of V12 are rebuilt by reporting.control.ReportTables; this reshapes them so that:
--
-- 1. Each report query reads one covering index in its order and nothing else (H2 answers from
--    an index alone when it holds every column the query names; PostgreSQL can do index-only
--    scans). The former narrow indexes made H2 fetch every row by its key, one page read per row,
--    and H2 picked them for their order even for a whole-table report (8.8 s for the first one).
--    The tables have no other index (no primary key; report_enrolment a narrow one by id, which
--    the rebuild needs): the rebuild inserts their rows in that index's order and deletes them in
--    it, so that H2's small page cache writes each page once.
--
-- 2. Completions have a table of their own (report_completion: the completed enrolments, a few per
--    cent of them), so that a report does not read every enrolment to find them.
--
-- 3. Active learners are counted with COUNT(*) over one row per counted learner, never
--    COUNT(DISTINCT) over daily rows (seconds on H2): report_learner holds each learner's first and
--    last active day in each course and over all courses (course_id NULL), and report_activity_gap
--    each stretch of two or more quiet days between two active days, likewise. A learner was
--    active from day a to day b iff their first active day <= b, their last >= a, and no quiet
--    stretch spans the whole period (at most one can: they do not overlap): rows in range less
--    quiet stretches around the period.
--
-- 4. report_activity_month marks, for the breakdowns by quarter and year and for counting over all
--    courses, the one row that counts a learner: the first month of a learner's activity in a
--    course in each quarter and year, and the first row (month, then course) of a learner over all
--    courses in each month, quarter and year. A period's active learners are its marked rows.

DROP TABLE report_enrolment;
CREATE TABLE report_enrolment (
    enrolment_id      BIGINT       NOT NULL,
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
    completed_on      DATE
);
CREATE INDEX report_enrolment_ix ON report_enrolment (enrolled_on, course_id, country_code, region, sub_region,
    organisation_type, gender, developing, ldc, lldc, sids, account_id, completed_on);
-- (the rebuild finds an enrolment's breakdown values here by its id)
CREATE INDEX report_enrolment_id_ix ON report_enrolment (enrolment_id);

-- The completed enrolments, with their days to completion and final score.
CREATE TABLE report_completion (
    enrolment_id      BIGINT       NOT NULL,
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
    completed_on      DATE         NOT NULL,
    completion_days   DOUBLE PRECISION NOT NULL,
    final_score       DECIMAL(5, 2)
);
CREATE INDEX report_completion_ix ON report_completion (completed_on, course_id, country_code, region, sub_region,
    organisation_type, gender, developing, ldc, lldc, sids, account_id, completion_days, final_score);

-- The days with activity: what the other activity tables are built from (reports do not read it).
DROP TABLE report_activity;
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
    gender            VARCHAR(20)
);
-- in the order of the groups the rebuild makes: a learner, then a learner in a course
CREATE INDEX report_activity_ix ON report_activity (account_id, country_code, region, sub_region, organisation_type, gender,
    developing, ldc, lldc, sids, course_id, active_on);

DROP TABLE report_activity_month;
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
    first_in_quarter         BOOLEAN NOT NULL,
    first_in_year            BOOLEAN NOT NULL,
    learner_first_in_month   BOOLEAN NOT NULL,
    learner_first_in_quarter BOOLEAN NOT NULL,
    learner_first_in_year    BOOLEAN NOT NULL
);
CREATE INDEX report_activity_month_ix ON report_activity_month (active_month, course_id, country_code, region, sub_region,
    organisation_type, gender, developing, ldc, lldc, sids, account_id, first_in_quarter, first_in_year,
    learner_first_in_month, learner_first_in_quarter, learner_first_in_year);

-- A learner's first and last active day in a course, and over all courses where course_id is NULL.
CREATE TABLE report_learner (
    account_id        BIGINT       NOT NULL,
    course_id         BIGINT,
    country_code      CHAR(2)      NOT NULL,
    region            VARCHAR(60),
    sub_region        VARCHAR(60),
    developing        BOOLEAN      NOT NULL,
    ldc               BOOLEAN      NOT NULL,
    lldc              BOOLEAN      NOT NULL,
    sids              BOOLEAN      NOT NULL,
    organisation_type VARCHAR(40)  NOT NULL,
    gender            VARCHAR(20),
    active_from       DATE         NOT NULL,
    active_until      DATE         NOT NULL
);
CREATE INDEX report_learner_ix ON report_learner (course_id, active_until, active_from, country_code, region, sub_region,
    organisation_type, gender, developing, ldc, lldc, sids, account_id);

-- Quiet stretches: the days strictly between last_active_on and next_active_on had no activity
-- (in the course, or in any course where course_id is NULL); only stretches of two days or more.
CREATE TABLE report_activity_gap (
    account_id        BIGINT       NOT NULL,
    course_id         BIGINT,
    last_active_on    DATE         NOT NULL,
    next_active_on    DATE         NOT NULL,
    country_code      CHAR(2)      NOT NULL,
    region            VARCHAR(60),
    sub_region        VARCHAR(60),
    developing        BOOLEAN      NOT NULL,
    ldc               BOOLEAN      NOT NULL,
    lldc              BOOLEAN      NOT NULL,
    sids              BOOLEAN      NOT NULL,
    organisation_type VARCHAR(40)  NOT NULL,
    gender            VARCHAR(20)
);
CREATE INDEX report_activity_gap_ix ON report_activity_gap (course_id, next_active_on, last_active_on, country_code, region,
    sub_region, organisation_type, gender, developing, ldc, lldc, sids, account_id);

-- the figures must be computed again in the new tables
DELETE FROM report_refresh;
