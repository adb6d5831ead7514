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
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        connection = DriverManager.getConnection(url);
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
