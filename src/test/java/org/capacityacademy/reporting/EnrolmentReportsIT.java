package org.capacityacademy.reporting;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.country.entity.Country;
import org.capacityacademy.platform.control.ApplicationDataSource;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.reporting.boundary.EnrolmentReports;
import org.capacityacademy.reporting.boundary.ReportRefresh;
import org.capacityacademy.reporting.entity.Breakdown;
import org.capacityacademy.reporting.entity.ReportFilter;
import org.capacityacademy.reporting.entity.ReportRow;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every measure of every breakdown equals what the test works out itself from the data it seeds:
 * its own two courses, eight enrolments of six learners from five countries (developing, LDC,
 * LLDC, SIDS, developed), several organisation types and genders, lesson completions and final
 * assessment attempts at known moments (some near midnight UTC). The expected figures follow the
 * definitions on the page, computed in Java from the seeds, not read back from the database.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentReportsIT {

    @Inject
    EnrolmentReports reports;

    @Inject
    Countries countries;

    @Inject
    Learning learning;

    @Inject
    ReportRefresh refresh;

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    /** A learner's seeded profile. */
    record Learner(long id, String country, String organisationType, String gender) {
    }

    /** A seeded enrolment, its lessons' and attempts' moments and the attempts' scores. */
    record Seed(long id, Learner learner, long course, Instant enrolled, Instant completed, List<Instant> lessons,
                List<Instant> attempts, List<Integer> scores) {
    }

    private final List<Seed> seeds = new ArrayList<>();
    private long course1;
    private long course2;
    private String code1;
    private long base;

    @BeforeEach
    void seed() throws SQLException, InterruptedException {
        base = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 100;
        code1 = "rpt-" + UUID.randomUUID().toString().substring(0, 8);
        course1 = base + 1;
        course2 = base + 2;
        Learner a1 = new Learner(base + 11, "KE", "GOVERNMENT", "FEMALE");
        Learner a2 = new Learner(base + 12, "ET", "CERT", "MALE");
        Learner a3 = new Learner(base + 13, "FJ", "REGULATOR", null);
        Learner a4 = new Learner(base + 14, "FR", "ACADEMIA", "FEMALE");
        Learner a5 = new Learner(base + 15, "NP", "GOVERNMENT", "OTHER");
        Learner a6 = new Learner(base + 16, "KE", "CERT", "MALE");
        seeds.add(new Seed(base + 21, a1, course1, at("2025-01-10T23:30:00Z"), at("2025-02-20T10:00:00Z"),
                List.of(at("2025-01-11T08:00:00Z"), at("2025-02-18T23:59:00Z")),
                List.of(at("2025-02-19T09:00:00Z"), at("2025-02-20T09:30:00Z")), List.of(60, 85)));
        seeds.add(new Seed(base + 22, a2, course1, at("2025-01-15T06:00:00Z"), at("2025-03-05T12:00:00Z"),
                List.of(at("2025-02-01T00:00:30Z")), List.of(at("2025-03-05T11:00:00Z")), List.of(90)));
        seeds.add(new Seed(base + 23, a3, course1, at("2025-02-03T12:00:00Z"), null,
                List.of(at("2025-02-04T12:00:00Z")), List.of(at("2025-03-10T12:00:00Z")), List.of(40)));
        seeds.add(new Seed(base + 24, a4, course1, at("2025-02-28T23:59:59Z"), at("2025-04-01T00:00:01Z"),
                List.of(at("2025-03-01T10:00:00Z")), List.of(at("2025-03-31T23:00:00Z")), List.of(70)));
        seeds.add(new Seed(base + 25, a5, course1, at("2025-03-20T12:00:00Z"), null, List.of(), List.of(), List.of()));
        seeds.add(new Seed(base + 26, a6, course1, at("2025-04-02T12:00:00Z"), at("2025-04-30T12:00:00Z"),
                List.of(at("2025-04-03T12:00:00Z")), List.of(at("2025-04-30T11:00:00Z")), List.of(100)));
        seeds.add(new Seed(base + 27, a1, course2, at("2025-03-01T12:00:00Z"), at("2025-03-31T12:00:00Z"),
                List.of(at("2025-03-02T12:00:00Z")), List.of(at("2025-03-31T11:00:00Z")), List.of(75)));
        seeds.add(new Seed(base + 28, a2, course2, at("2025-05-05T12:00:00Z"), null,
                List.of(at("2025-05-06T12:00:00Z")), List.of(), List.of()));
        try (Connection connection = dataSource.getConnection()) {
            insertCourse(connection, course1, code1, base + 31, base + 41);
            insertCourse(connection, course2, code1 + "-b", base + 32, base + 42);
            for (Learner learner : List.of(a1, a2, a3, a4, a5, a6)) {
                insertLearner(connection, learner);
            }
            long attemptId = base + 50;
            for (Seed seed : seeds) {
                insertEnrolment(connection, seed, seed.course() == course1 ? base + 41 : base + 42);
                for (int i = 0; i < seed.attempts().size(); i++) {
                    insertAttempt(connection, attemptId++, seed, i);
                }
            }
        }
        // a rebuild that started before the seeds were committed would miss them: ask until one starts now
        for (int tries = 0; !reports.refreshNow(); tries++) {
            assertTrue(tries < 120, "a rebuild of the reporting tables was running for two minutes");
            Thread.sleep(1000);
        }
    }

    @Test
    void everyBreakdownOfTheWholeTimeMatchesTheSeeds() {
        assertNotNull(reports.refreshedAt());
        ReportFilter course = new ReportFilter(code1, null, null, null, null, null, null);
        for (Breakdown by : reports.breakdowns()) {
            if (by == Breakdown.COHORT) {
                continue; // the cohort tables are another component's; see the README
            }
            check(by, course, null, null, seeds.stream().filter(s -> s.course() == course1).toList());
        }
    }

    /**
     * The platform's own writes (through the entities, which stamp when they changed) reach the
     * reports with the next refresh, which recomputes only the learners who changed: a lesson
     * completed offline on a day long past and sent today counts on that day.
     */
    @Test
    void lessonsCompletedOnThePlatformShowInTheReportsAfterTheNextRefresh() throws InterruptedException {
        String email = "report-" + (base + 15) + "@example.org"; // enrolled in course 1 in March 2025, never active
        LocalDate offline = LocalDate.of(2025, 6, 10);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ReportFilter thatDay = new ReportFilter(code1, offline, offline, null, null, null, null);
        ReportFilter sinceToday = new ReportFilter(code1, today, today.plusDays(1), null, null, null, null);
        ReportFilter allTime = new ReportFilter(code1, null, null, null, null, null, null);
        assertEquals(0, activeLearners(thatDay));
        assertEquals(0, activeLearners(sinceToday));
        assertEquals(5, activeLearners(allTime), "five of the six learners of course 1 were active");

        assertTrue(learning.complete(email, course1, base + 41, offline.atTime(10, 0).toInstant(ZoneOffset.UTC)));
        assertTrue(learning.complete(email, course1, base + 141));
        for (int tries = 0; !refresh.refresh(); tries++) {
            assertTrue(tries < 120, "a computation of the reporting tables was running for two minutes");
            Thread.sleep(1000);
        }

        assertEquals(1, activeLearners(thatDay), "the lesson completed offline counts on its own day");
        assertEquals(1, activeLearners(sinceToday), "the lesson completed now counts today");
        assertEquals(6, activeLearners(allTime), "every learner of course 1 has been active now");
    }

    private long activeLearners(ReportFilter filter) {
        return reports.rows(Breakdown.COURSE, filter).stream().mapToLong(ReportRow::activeLearners).sum();
    }

    @Test
    void theCourseBreakdownGivesEachCourseItsOwnFigures() {
        Map<String, ReportRow> rows = byKey(reports.rows(Breakdown.COURSE, ReportFilter.none()));
        Map<String, Expected> expected = expected(Breakdown.COURSE, seeds, null, null);
        for (long course : List.of(course1, course2)) {
            assertRow(expected.get(String.valueOf(course)), rows.get(String.valueOf(course)), "course " + course);
        }
    }

    @Test
    void aPeriodWithBothEndsAndOneWithOneEndCountTheirOwnDays() {
        LocalDate from = LocalDate.parse("2025-02-01");
        LocalDate to = LocalDate.parse("2025-03-31");
        List<Seed> mine = seeds.stream().filter(s -> s.course() == course1).toList();
        for (Breakdown by : List.of(Breakdown.COUNTRY, Breakdown.GROUP, Breakdown.GENDER, Breakdown.MONTH, Breakdown.QUARTER)) {
            check(by, new ReportFilter(code1, from, to, null, null, null, null), from, to, mine);
            check(by, new ReportFilter(code1, from, null, null, null, null, null), from, null, mine);
            check(by, new ReportFilter(code1, null, to, null, null, null, null), null, to, mine);
        }
    }

    @Test
    void filtersByCountryGroupOrganisationTypeAndGenderKeepOnlyTheirLearners() {
        List<Seed> mine = seeds.stream().filter(s -> s.course() == course1).toList();
        check(Breakdown.REGION, new ReportFilter(code1, null, null, "KE", null, null, null), null, null,
                mine.stream().filter(s -> s.learner().country().equals("KE")).toList());
        check(Breakdown.COUNTRY, new ReportFilter(code1, null, null, null, "ldc", null, null), null, null,
                mine.stream().filter(s -> groups(s).contains("ldc")).toList());
        check(Breakdown.COUNTRY, new ReportFilter(code1, null, null, null, "developed", null, null), null, null,
                mine.stream().filter(s -> groups(s).contains("developed")).toList());
        check(Breakdown.GENDER, new ReportFilter(code1, null, null, null, null, "GOVERNMENT", null), null, null,
                mine.stream().filter(s -> s.learner().organisationType().equals("GOVERNMENT")).toList());
        check(Breakdown.YEAR, new ReportFilter(code1, null, null, null, null, null, "FEMALE"), null, null,
                mine.stream().filter(s -> "FEMALE".equals(s.learner().gender())).toList());
    }

    // --- the expected figures, from the seeds and the definitions ---

    /** What one row should show. */
    record Expected(long enrolments, long completedOfEnrolled, long completions, List<Integer> scores, List<Double> days,
                    Set<Long> active) {
    }

    private void check(Breakdown by, ReportFilter filter, LocalDate from, LocalDate to, List<Seed> included) {
        Map<String, ReportRow> rows = byKey(reports.rows(by, filter));
        Map<String, Expected> expected = expected(by, included, from, to);
        if (by.isPeriod()) {
            // the report lists quiet periods between busy ones with zeros
            rows.values().removeIf(row -> row.enrolments() == 0 && row.completions() == 0 && row.activeLearners() == 0
                    && !expected.containsKey(row.key()));
        }
        assertEquals(expected.keySet(), rows.keySet(), by + " " + filter + ": rows");
        expected.forEach((key, want) -> assertRow(want, rows.get(key), by + " " + filter + " row " + key));
    }

    private static void assertRow(Expected want, ReportRow row, String what) {
        assertNotNull(row, what + ": missing");
        assertEquals(want.enrolments(), row.enrolments(), what + ": enrolments");
        assertEquals(want.completions(), row.completions(), what + ": completions");
        assertEquals(want.active().size(), row.activeLearners(), what + ": active learners");
        if (want.enrolments() == 0) {
            assertEquals(null, row.completionRate(), what + ": completion rate");
        } else {
            assertEquals((double) want.completedOfEnrolled() / want.enrolments(), row.completionRate(), 1e-9, what + ": completion rate");
        }
        BigDecimal average = want.scores().isEmpty() ? null : BigDecimal.valueOf(want.scores().stream().mapToInt(i -> i).sum())
                .divide(BigDecimal.valueOf(want.scores().size()), 1, RoundingMode.HALF_UP);
        assertEquals(average, row.averageFinalScore(), what + ": average final score");
        if (want.days().isEmpty()) {
            assertEquals(null, row.medianDaysToComplete(), what + ": median");
        } else {
            assertEquals(median(want.days()), row.medianDaysToComplete(), 1e-6, what + ": median days");
        }
    }

    private Map<String, Expected> expected(Breakdown by, List<Seed> included, LocalDate from, LocalDate to) {
        Map<String, long[]> enrolled = new TreeMap<>();
        Map<String, List<Integer>> scores = new HashMap<>();
        Map<String, List<Double>> days = new HashMap<>();
        Map<String, Long> completions = new HashMap<>();
        Map<String, Set<Long>> active = new HashMap<>();
        for (Seed seed : included) {
            LocalDate enrolledOn = day(seed.enrolled());
            if (in(enrolledOn, from, to)) {
                for (String key : keys(by, seed, enrolledOn)) {
                    long[] counts = enrolled.computeIfAbsent(key, k -> new long[2]);
                    counts[0]++;
                    counts[1] += seed.completed() == null ? 0 : 1;
                }
            }
            if (seed.completed() != null && in(day(seed.completed()), from, to)) {
                for (String key : keys(by, seed, day(seed.completed()))) {
                    completions.merge(key, 1L, Long::sum);
                    scores.computeIfAbsent(key, k -> new ArrayList<>()).add(seed.scores().stream().max(Integer::compare).orElseThrow());
                    days.computeIfAbsent(key, k -> new ArrayList<>())
                            .add((seed.completed().getEpochSecond() - seed.enrolled().getEpochSecond()) / 86400.0);
                }
            }
            List<Instant> activity = new ArrayList<>(seed.lessons());
            activity.addAll(seed.attempts());
            for (Instant moment : activity) {
                if (in(day(moment), from, to)) {
                    for (String key : keys(by, seed, day(moment))) {
                        active.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(seed.learner().id());
                    }
                }
            }
        }
        Map<String, Expected> expected = new TreeMap<>();
        Set<String> keys = new java.util.TreeSet<>(enrolled.keySet());
        keys.addAll(completions.keySet());
        keys.addAll(active.keySet());
        for (String key : keys) {
            long[] counts = enrolled.getOrDefault(key, new long[2]);
            expected.put(key, new Expected(counts[0], counts[1], completions.getOrDefault(key, 0L),
                    scores.getOrDefault(key, List.of()), days.getOrDefault(key, List.of()), active.getOrDefault(key, Set.of())));
        }
        return expected;
    }

    private List<String> keys(Breakdown by, Seed seed, LocalDate day) {
        Country country = countries.find(seed.learner().country()).orElseThrow();
        return switch (by) {
            case COURSE -> List.of(String.valueOf(seed.course()));
            case COUNTRY -> List.of(seed.learner().country());
            case REGION -> List.of(country.getRegion());
            case SUBREGION -> List.of(country.getSubRegion());
            case GROUP -> groups(seed);
            case ORGANISATION_TYPE -> List.of(seed.learner().organisationType());
            case GENDER -> List.of(seed.learner().gender() == null ? "" : seed.learner().gender());
            case MONTH -> List.of(String.valueOf(day.getYear() * 100 + day.getMonthValue()));
            case QUARTER -> List.of(String.valueOf(day.getYear() * 10 + (day.getMonthValue() + 2) / 3));
            case YEAR -> List.of(String.valueOf(day.getYear()));
            case COHORT -> throw new IllegalArgumentException("no cohorts here");
        };
    }

    private List<String> groups(Seed seed) {
        Country country = countries.find(seed.learner().country()).orElseThrow();
        List<String> groups = new ArrayList<>();
        if (country.isDeveloping()) {
            groups.add("developing");
        } else {
            groups.add("developed");
        }
        if (country.isLeastDeveloped()) {
            groups.add("ldc");
        }
        if (country.isLandlockedDeveloping()) {
            groups.add("lldc");
        }
        if (country.isSmallIslandDeveloping()) {
            groups.add("sids");
        }
        return groups;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static boolean in(LocalDate day, LocalDate from, LocalDate to) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static LocalDate day(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static Map<String, ReportRow> byKey(List<ReportRow> rows) {
        return rows.stream().collect(Collectors.toMap(ReportRow::key, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    // --- seeding with plain SQL, at known moments ---

    private static void insertCourse(Connection connection, long id, String code, long moduleId, long lessonId) throws SQLException {
        update(connection, "INSERT INTO course (id, code, content_version, default_language, languages, final_code, final_draw,"
                + " final_pass_mark, content_hash, imported_at, version) VALUES (?, ?, 1, 'en', 'en', 'final', 10, 70, 'x', ?, 1)",
                id, code, utc(Instant.now()));
        update(connection, "INSERT INTO course_text (course_id, language, title, summary, final_title) VALUES (?, 'en', ?, 's', 'Final')",
                id, "Report test " + code);
        update(connection, "INSERT INTO course_module (id, course_id, code, position, pass_mark, attempts, shuffle, retired, content_hash)"
                + " VALUES (?, ?, 'm1', 1, 70, 0, FALSE, FALSE, 'x')", moduleId, id);
        update(connection, "INSERT INTO lesson (id, course_id, module_id, code, position, minutes, covers, retired, content_hash, updated_at)"
                + " VALUES (?, ?, ?, 'l1', 1, 10, '', FALSE, 'x', ?)", lessonId, id, moduleId, utc(Instant.now()));
        update(connection, "INSERT INTO lesson (id, course_id, module_id, code, position, minutes, covers, retired, content_hash, updated_at)"
                + " VALUES (?, ?, ?, 'l2', 2, 10, '', FALSE, 'x', ?)", lessonId + 100, id, moduleId, utc(Instant.now()));
    }

    private static void insertLearner(Connection connection, Learner learner) throws SQLException {
        update(connection, "INSERT INTO account (id, email, password_hash, full_name, country_code, organisation, organisation_type,"
                + " preferred_language, gender, password_change_required, active, created_at, version)"
                + " VALUES (?, ?, 'x', 'Report Learner', ?, 'Ministry', ?, 'en', ?, FALSE, TRUE, ?, 1)",
                learner.id(), "report-" + learner.id() + "@example.org", learner.country(), learner.organisationType(),
                learner.gender(), utc(Instant.now()));
    }

    private static void insertEnrolment(Connection connection, Seed seed, long lessonId) throws SQLException {
        update(connection, "INSERT INTO enrolment (id, account_id, course_id, active, enrolled_at, completed_at, version)"
                + " VALUES (?, ?, ?, TRUE, ?, ?, 1)", seed.id(), seed.learner().id(), seed.course(), utc(seed.enrolled()),
                seed.completed() == null ? null : utc(seed.completed()));
        for (int i = 0; i < seed.lessons().size(); i++) {
            update(connection, "INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at) VALUES (?, ?, ?)",
                    seed.id(), lessonId + 100L * i, utc(seed.lessons().get(i)));
        }
    }

    private static void insertAttempt(Connection connection, long id, Seed seed, int index) throws SQLException {
        int score = seed.scores().get(index);
        update(connection, "INSERT INTO quiz_attempt (id, public_id, account_id, course_id, quiz_code, attempt_number, state,"
                + " language, started_at, submitted_at, quiz_draw, pass_mark, attempts, time_limit, shuffle, feedback, score, passed, version)"
                + " VALUES (?, ?, ?, ?, 'final', ?, 'SUBMITTED', 'en', ?, ?, 10, 70, 3, 0, TRUE, 'AFTER_SUBMIT', ?, ?, 1)",
                id, UUID.randomUUID().toString(), seed.learner().id(), seed.course(), index + 1, utc(seed.attempts().get(index)),
                utc(seed.attempts().get(index).plusSeconds(600)), new BigDecimal(score), score >= 70);
    }

    private static java.time.OffsetDateTime utc(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

}
