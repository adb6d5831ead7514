package org.capacityacademy.reporting.control;

import org.capacityacademy.country.control.V3__Load_countries;
import org.capacityacademy.reporting.entity.Breakdown;
import org.capacityacademy.reporting.entity.ReportFilter;
import org.capacityacademy.reporting.entity.ReportRow;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report queries of V15 (covering indexes, active learners counted as rows in range less quiet
 * stretches around the period, marked activity months) give exactly the figures of the V12 queries
 * (COUNT(DISTINCT) over daily and monthly activity rows, kept in {@link V12ReportQueries}), for
 * every breakdown and many periods and filters, on learners, enrolments, lessons and attempts seeded
 * at random (fixed seed) in an in-memory H2 database migrated by Flyway like the platform's.
 */
class ReportQueriesTest {

    private static final String[] COUNTRIES = {"KE", "ET", "FJ", "FR", "NP", "BR", "DE", "BO", "JM", "IN"};
    private static final String[] TYPES = {"GOVERNMENT", "CERT", "REGULATOR", "ACADEMIA"};
    private static final String[] GENDERS = {"FEMALE", "MALE", "OTHER", null};
    private static final LocalDate FIRST = LocalDate.of(2024, 11, 20);
    private static final int DAYS = 560;

    private static Connection connection;
    private static final List<String> courses = new ArrayList<>();

    @BeforeAll
    static void seed() throws SQLException {
        connection = seededDatabase(courses);
    }

    /** A new in-memory database with the learners, enrolments and activity below, and its reporting tables. */
    private static Connection seededDatabase(List<String> courses) throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Connection connection = DriverManager.getConnection(url);
        Connection previous = ReportQueriesTest.connection;
        ReportQueriesTest.connection = connection;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .javaMigrations(new V3__Load_countries()).load().migrate();
        Random random = new Random(20261201);
        for (int c = 1; c <= 3; c++) {
            insertCourse(c, "course-" + c);
            courses.add("course-" + c);
        }
        update("INSERT INTO cohort (id, name, name_key, created_at, version) VALUES (1, 'A', 'a', ?, 1)", utc(Instant.now()));
        update("INSERT INTO cohort (id, name, name_key, created_at, version) VALUES (2, 'B', 'b', ?, 1)", utc(Instant.now()));
        long attempt = 1;
        for (int learner = 1; learner <= 60; learner++) {
            long account = 1000 + learner;
            update("INSERT INTO account (id, email, password_hash, full_name, country_code, organisation, organisation_type,"
                    + " preferred_language, gender, password_change_required, active, created_at, version)"
                    + " VALUES (?, ?, 'x', 'Learner', ?, 'Ministry', ?, 'en', ?, FALSE, TRUE, ?, 1)", account,
                    "l" + learner + "@example.org", COUNTRIES[random.nextInt(COUNTRIES.length)], TYPES[random.nextInt(TYPES.length)],
                    GENDERS[random.nextInt(GENDERS.length)], utc(Instant.now()));
            for (int cohort = 1; cohort <= 2; cohort++) {
                if (random.nextInt(3) == 0) {
                    update("INSERT INTO cohort_member (cohort_id, account_id, added_at) VALUES (?, ?, ?)", cohort, account, utc(Instant.now()));
                }
            }
            for (int c = 1; c <= 3; c++) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                long enrolment = account * 10 + c;
                int start = random.nextInt(DAYS - 40);
                Instant enrolled = moment(start, random);
                // activity in bursts with quiet stretches between them, some on consecutive days
                List<Integer> days = new ArrayList<>();
                int day = start;
                int bursts = random.nextInt(4);
                for (int b = 0; b < bursts && day < DAYS; b++) {
                    for (int n = 1 + random.nextInt(3); n > 0 && day < DAYS; n--) {
                        days.add(day);
                        day += 1 + (random.nextInt(4) == 0 ? 1 : 0);
                    }
                    day += 2 + random.nextInt(90);
                }
                boolean completes = !days.isEmpty() && random.nextBoolean();
                Instant completed = completes ? moment(days.get(days.size() - 1), random) : null;
                update("INSERT INTO enrolment (id, account_id, course_id, active, enrolled_at, completed_at, version)"
                        + " VALUES (?, ?, ?, TRUE, ?, ?, 1)", enrolment, account, c, utc(enrolled), completed == null ? null : utc(completed));
                int lesson = 0;
                int number = 0;
                for (int d : days) {
                    if (lesson < 10 && random.nextBoolean()) {
                        update("INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at) VALUES (?, ?, ?)",
                                enrolment, c * 100L + lesson++, utc(moment(d, random)));
                    } else {
                        number++;
                        int score = random.nextInt(101);
                        update("INSERT INTO quiz_attempt (id, public_id, account_id, course_id, quiz_code, attempt_number, state,"
                                + " language, started_at, submitted_at, quiz_draw, pass_mark, attempts, time_limit, shuffle, feedback, score,"
                                + " passed, version) VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED', 'en', ?, ?, 10, 70, 3, 0, TRUE, 'AFTER_SUBMIT',"
                                + " ?, ?, 1)", attempt++, UUID.randomUUID().toString(), account, c, random.nextBoolean() ? "final" : "m1",
                                number, utc(moment(d, random)), utc(moment(d, random)), new BigDecimal(score), score >= 70);
                    }
                }
            }
        }
        connection.setAutoCommit(false);
        ReportTables.rebuild(connection, Instant.now());
        connection.commit();
        connection.setAutoCommit(true);
        ReportQueriesTest.connection = previous == null ? connection : previous;
        return connection;
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void theSeedsHaveQuietStretchesAndActivityOverSeveralCourses() throws SQLException {
        assertTrue(count("SELECT COUNT(*) FROM report_activity_gap WHERE course_id IS NULL") > 20);
        assertTrue(count("SELECT COUNT(*) FROM report_activity_gap WHERE course_id IS NOT NULL") > 20);
        assertTrue(count("SELECT COUNT(*) FROM report_learner") > 40);
        assertTrue(count("SELECT COUNT(*) FROM (SELECT account_id FROM report_activity_month GROUP BY account_id, active_month"
                + " HAVING COUNT(*) > 1) x") > 5, "learners active in two courses in one month");
    }

    @Test
    void everyBreakdownOfEveryPeriodGivesTheFiguresOfTheFormerQueries() throws SQLException {
        List<LocalDate[]> periods = new ArrayList<>();
        periods.add(new LocalDate[] {null, null});
        Random random = new Random(7);
        for (int i = 0; i < 14; i++) {
            LocalDate from = FIRST.plusDays(random.nextInt(DAYS));
            LocalDate to = from.plusDays(random.nextInt(i < 7 ? 40 : 400));
            periods.add(new LocalDate[] {from, to});
        }
        periods.add(new LocalDate[] {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)});
        periods.add(new LocalDate[] {LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)});
        periods.add(new LocalDate[] {LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)});
        periods.add(new LocalDate[] {LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 14)});
        periods.add(new LocalDate[] {LocalDate.of(2025, 2, 11), LocalDate.of(2025, 9, 30)});
        periods.add(new LocalDate[] {LocalDate.of(2025, 2, 11), null});
        periods.add(new LocalDate[] {LocalDate.of(2025, 4, 1), null});
        periods.add(new LocalDate[] {null, LocalDate.of(2025, 7, 3)});
        periods.add(new LocalDate[] {null, LocalDate.of(2025, 6, 30)});
        periods.add(new LocalDate[] {LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 5)});
        V12ReportQueries former = new V12ReportQueries(connection);
        ReportQueries now = new ReportQueries(connection);
        int compared = 0;
        for (LocalDate[] period : periods) {
            List<ReportFilter> filters = List.of(
                    new ReportFilter(null, period[0], period[1], null, null, null, null),
                    new ReportFilter(courses.get(1), period[0], period[1], null, null, null, null),
                    new ReportFilter(null, period[0], period[1], null, "ldc", null, null),
                    new ReportFilter(null, period[0], period[1], "KE", null, "CERT", null),
                    new ReportFilter(courses.get(0), period[0], period[1], null, "developed", null, "FEMALE"));
            for (ReportFilter filter : filters) {
                for (Breakdown by : Breakdown.values()) {
                    List<ReportRow> expected = former.run(by, filter);
                    assertEquals(expected, now.run(by, filter), by + " " + filter);
                    compared += expected.size();
                }
            }
        }
        assertTrue(compared > 2000, compared + " rows compared");
    }

    @Test
    void aRefreshAfterChangesGivesTheRowsOfARebuild() throws SQLException {
        Connection main = connection;
        try (Connection db = seededDatabase(new ArrayList<>())) {
            connection = db;
            Instant now = Instant.now();
            assertEquals(0, ReportTables.refresh(db, now, (sql, ms) -> { }), "nothing changed since the rebuild");
            String untouched = tables("WHERE account_id = 1030");
            var changed = utc(now);
            // a new learner who enrols, studies on new days, passes the final and completes
            update("INSERT INTO account (id, email, password_hash, full_name, country_code, organisation, organisation_type,"
                    + " preferred_language, gender, password_change_required, active, created_at, version, changed_at)"
                    + " VALUES (2001, 'new@example.org', 'x', 'New', 'NP', 'Ministry', 'CERT', 'en', 'FEMALE', FALSE, TRUE, ?, 1, ?)",
                    changed, changed);
            update("INSERT INTO enrolment (id, account_id, course_id, active, enrolled_at, completed_at, version, changed_at)"
                    + " VALUES (20011, 2001, 2, TRUE, ?, ?, 1, ?)", utc(day(DAYS + 1)), utc(day(DAYS + 9)), changed);
            for (int lesson = 0; lesson < 3; lesson++) {
                update("INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at) VALUES (20011, ?, ?)",
                        200L + lesson, utc(day(DAYS + 1 + lesson * 4)));
            }
            attempt(9001, 2001, 2, "final", 1, day(DAYS + 9), 88, changed);
            // learners already counted: a lesson on a new day, a late lesson sent from a device long after, a completion,
            // an attempt on a new day (the enrolment unchanged)
            long[] enrolments = ids("SELECT MIN(id) FROM enrolment WHERE completed_at IS NULL AND account_id < 2000 AND account_id <> 1030"
                    + " GROUP BY account_id ORDER BY 1", 4);
            update("INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at) SELECT ?, course_id * 100 + 9, ? FROM enrolment"
                    + " WHERE id = ?", enrolments[0], utc(day(DAYS + 3)), enrolments[0]);
            update("UPDATE enrolment SET version = version + 1, changed_at = ? WHERE id = ?", changed, enrolments[0]);
            update("INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at) SELECT ?, course_id * 100 + 9, ? FROM enrolment"
                    + " WHERE id = ?", enrolments[1], utc(day(2)), enrolments[1]);
            update("UPDATE enrolment SET version = version + 1, changed_at = ? WHERE id = ?", changed, enrolments[1]);
            update("UPDATE enrolment SET completed_at = ?, version = version + 1, changed_at = ? WHERE id = ?",
                    utc(day(DAYS + 2)), changed, enrolments[2]);
            update("INSERT INTO quiz_attempt (id, public_id, account_id, course_id, quiz_code, attempt_number, state, language, started_at,"
                    + " submitted_at, quiz_draw, pass_mark, attempts, time_limit, shuffle, feedback, score, passed, version, changed_at)"
                    + " SELECT 9002, 'p9002', account_id, course_id, 'm1', 99, 'SUBMITTED', 'en', ?, ?, 10, 70, 3, 0, TRUE, 'AFTER_SUBMIT',"
                    + " 50, FALSE, 1, ? FROM enrolment WHERE id = ?", utc(day(DAYS + 5)), utc(day(DAYS + 5)), changed, enrolments[3]);
            // a profile changed (every breakdown value), and an erased account (its figures stay)
            long moved = ids("SELECT account_id FROM report_learner WHERE course_id IS NULL AND country_code = 'FR' AND account_id <> 1030 ORDER BY account_id", 1)[0];
            update("UPDATE account SET country_code = 'FJ', organisation_type = 'ACADEMIA', gender = NULL, version = version + 1,"
                    + " changed_at = ? WHERE id = ?", changed, moved);
            long erased = ids("SELECT account_id FROM report_learner WHERE course_id IS NULL AND account_id NOT IN (1030, " + moved
                    + ") ORDER BY account_id DESC", 1)[0];
            update("UPDATE account SET full_name = 'erased', email = 'erased@erased.invalid', active = FALSE, erased_at = ?,"
                    + " version = version + 1, changed_at = ? WHERE id = ?", changed, changed, erased);

            int learners = ReportTables.refresh(db, now.plusSeconds(60), (sql, ms) -> { });
            java.util.Set<Long> touched = new java.util.HashSet<>(List.of(2001L, moved, erased));
            for (long enrolment : enrolments) {
                touched.add(enrolment / 10); // the seeded enrolments' ids are the account's times ten plus the course
            }
            assertEquals(touched.size(), learners, "the new learner, four learners' enrolments or attempts, a profile, an erasure");
            assertEquals(0, count("SELECT COUNT(*) FROM report_stale"));
            assertEquals(untouched, tables("WHERE account_id = 1030"), "a learner without changes keeps their rows");
            assertTrue(count("SELECT COUNT(*) FROM report_learner WHERE account_id = " + moved + " AND country_code = 'FJ'") > 0);
            String refreshed = tables("");
            ReportTables.rebuild(db, now.plusSeconds(60));
            assertEquals(tables(""), refreshed, "every row of every reporting table, as a rebuild computes them");
            Instant later = now.plus(ReportTables.OVERLAP).plusSeconds(120);
            assertEquals(touched.size(), ReportTables.refresh(db, later, (sql, ms) -> { }), "changes within the overlap are read again");
            assertEquals(tables(""), refreshed, "and give the same rows");
            assertEquals(0, ReportTables.refresh(db, later.plusSeconds(60), (sql, ms) -> { }),
                    "changes older than the overlap before the last refresh are not read again");
        } finally {
            connection = main;
        }
    }

    /** Every row of the six reporting tables (in a fixed order), as text. */
    private static String tables(String where) throws SQLException {
        StringBuilder rows = new StringBuilder();
        for (String table : List.of("report_enrolment", "report_completion", "report_activity", "report_activity_month",
                "report_learner", "report_activity_gap")) {
            try (var statement = connection.createStatement();
                 var result = statement.executeQuery("SELECT * FROM " + table + " " + where + " ORDER BY 1")) {
                int columns = result.getMetaData().getColumnCount();
                List<String> lines = new ArrayList<>();
                while (result.next()) {
                    StringBuilder line = new StringBuilder(table);
                    for (int i = 1; i <= columns; i++) {
                        line.append('|').append(result.getString(i));
                    }
                    lines.add(line.toString());
                }
                java.util.Collections.sort(lines);
                rows.append(table).append(' ').append(lines.size()).append('\n');
                lines.forEach(l -> rows.append(l).append('\n'));
            }
        }
        return rows.toString();
    }

    private static long[] ids(String sql, int wanted) throws SQLException {
        long[] ids = new long[wanted];
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            for (int i = 0; i < wanted; i++) {
                assertTrue(rows.next(), "enough rows for " + sql);
                ids[i] = rows.getLong(1);
            }
        }
        return ids;
    }

    private static Instant day(int day) {
        return FIRST.plusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600);
    }

    private static void attempt(long id, long account, long course, String quiz, int number, Instant at, int score,
                                java.time.OffsetDateTime changed) throws SQLException {
        update("INSERT INTO quiz_attempt (id, public_id, account_id, course_id, quiz_code, attempt_number, state, language, started_at,"
                + " submitted_at, quiz_draw, pass_mark, attempts, time_limit, shuffle, feedback, score, passed, version, changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED', 'en', ?, ?, 10, 70, 3, 0, TRUE, 'AFTER_SUBMIT', ?, ?, 1, ?)",
                id, "p" + id, account, course, quiz, number, utc(at), utc(at), new BigDecimal(score), score >= 70, changed);
    }

    // --- seeding ---

    private static Instant moment(int day, Random random) {
        return FIRST.plusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(86400));
    }

    private static void insertCourse(long id, String code) throws SQLException {
        update("INSERT INTO course (id, code, content_version, default_language, languages, final_code, final_draw,"
                + " final_pass_mark, content_hash, imported_at, version) VALUES (?, ?, 1, 'en', 'en', 'final', 10, 70, 'x', ?, 1)",
                id, code, utc(Instant.now()));
        update("INSERT INTO course_module (id, course_id, code, position, pass_mark, attempts, shuffle, retired, content_hash)"
                + " VALUES (?, ?, 'm1', 1, 70, 0, FALSE, FALSE, 'x')", id, id);
        for (int lesson = 0; lesson < 10; lesson++) {
            update("INSERT INTO lesson (id, course_id, module_id, code, position, minutes, covers, retired, content_hash, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, 10, '', FALSE, 'x', ?)", id * 100 + lesson, id, id, "l" + lesson, lesson + 1,
                    utc(Instant.now()));
        }
    }

    private static long count(String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static java.time.OffsetDateTime utc(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }

    private static void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
