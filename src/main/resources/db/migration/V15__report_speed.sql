-- Reports within a second on 100,000 learners and 3,000,000 events (issue 9). Three changes to
-- the reporting tables of V12, all rebuilt by reporting.control.ReportTables:
--
-- 1. Covering indexes: each report query reads one index and nothing else (H2 answers from an
--    index alone when it holds every column the query names; PostgreSQL can do index-only scans).
--    The former narrow indexes made H2 fetch every row by its key, one page read per row, and
--    H2 picked them for their order even for a whole-table report (8.8 s for the first one).
--
-- 2. Active learners are counted with COUNT(*) over one row per counted learner, never
--    COUNT(DISTINCT) over daily rows (seconds on H2): report_learner holds each learner's first
--    and last active day over all courses (report_enrolment has them per course), and
--    report_activity_gap each stretch of two or more quiet days between two active days, per
--    course and over all courses (course_id NULL). A learner was active from day a to day b iff
--    their first active day <= b, their last >= a, and no gap spans the whole period (at most
--    one can: the gaps do not overlap): rows in range minus gaps around the period.
--
-- 3. report_activity_month marks, for the breakdowns by quarter and year and for counting over
--    all courses, the one row that counts a learner: the first month of a learner's activity in a
--    course in each quarter and year, and the first row (month, then course) of a learner over
--    all courses in each month, quarter and year. A learner active in a period is then counted
--    by COUNT(*) of the marked rows.

ALTER TABLE report_activity_month ADD COLUMN first_in_quarter BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE report_activity_month ADD COLUMN first_in_year BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE report_activity_month ADD COLUMN learner_first_in_month BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE report_activity_month ADD COLUMN learner_first_in_quarter BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE report_activity_month ADD COLUMN learner_first_in_year BOOLEAN DEFAULT FALSE NOT NULL;

-- One row per learner with any activity, over all courses.
CREATE TABLE report_learner (
    account_id        BIGINT       NOT NULL PRIMARY KEY,
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

-- Reports no longer read the daily activity rows (they are what the others are built from).
DROP INDEX report_activity_day_ix;
DROP INDEX report_activity_course_ix;

DROP INDEX report_enrolment_enrolled_ix;
DROP INDEX report_enrolment_completed_ix;
DROP INDEX report_enrolment_course_ix;
CREATE INDEX report_enrolment_enrolled_ix ON report_enrolment (enrolled_on, course_id, country_code, region, sub_region,
    organisation_type, gender, developing, ldc, lldc, sids, account_id, completed_on);
CREATE INDEX report_enrolment_completed_ix ON report_enrolment (completed_on, course_id, country_code, region, sub_region,
    organisation_type, gender, developing, ldc, lldc, sids, account_id, completion_days, final_score);
CREATE INDEX report_enrolment_active_ix ON report_enrolment (active_until, active_from, course_id, country_code, region,
    sub_region, organisation_type, gender, developing, ldc, lldc, sids, account_id);

CREATE INDEX report_learner_active_ix ON report_learner (active_until, active_from, country_code, region, sub_region,
    organisation_type, gender, developing, ldc, lldc, sids, account_id);

CREATE INDEX report_activity_gap_ix ON report_activity_gap (next_active_on, last_active_on, course_id, country_code, region,
    sub_region, organisation_type, gender, developing, ldc, lldc, sids, account_id);

DROP INDEX report_activity_month_ix;
DROP INDEX report_activity_month_course_ix;
CREATE INDEX report_activity_month_ix ON report_activity_month (active_month, course_id, country_code, region, sub_region,
    organisation_type, gender, developing, ldc, lldc, sids, account_id, first_in_quarter, first_in_year,
    learner_first_in_month, learner_first_in_quarter, learner_first_in_year);
