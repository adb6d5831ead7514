package org.capacityacademy.generate;

import org.capacityacademy.assessment.control.ResponseFormat;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.capacityacademy.credential.control.VerificationCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data generator at a small size on a fresh H2 file database (migrated by the generator
 * itself, with a small course of every question type in its catalogue): the sizes asked for,
 * and data the platform could have written itself.
 */
class DataGeneratorTest {

    private static final int LEARNERS = 400;
    private static final int ENROLMENTS = 900;
    private static final long EVENTS = 5_000;
    private static String url;
    private static Map<String, Long> written;

    @BeforeAll
    static void generate() throws Exception {
        // the platform imports courses at start-up; here a small course stands in for courses/
        url = freshDatabase();
        written = DataGenerator.run(DataGenerator.Settings.of(Map.of("url", url, "learners", "" + LEARNERS,
                "enrolments", "" + ENROLMENTS, "events", "" + EVENTS, "seed", "7")));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "academy", "academy");
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = connect()) {
            return DataGenerator.single(db, sql);
        }
    }

    @Test
    void writesTheSizesAskedFor() throws SQLException {
        assertEquals(LEARNERS, count("SELECT COUNT(*) FROM account"));
        assertEquals(LEARNERS, count("SELECT COUNT(*) FROM account_role WHERE role = 'LEARNER'"));
        assertEquals(ENROLMENTS, count("SELECT COUNT(*) FROM enrolment"));
        long events = count("SELECT COUNT(*) FROM lesson_completion") + count("SELECT COUNT(*) FROM attempt_question WHERE response IS NOT NULL");
        assertEquals(events, written.get("events"));
        assertTrue(Math.abs(events - EVENTS) <= EVENTS / 100, "lesson completions and answers together: " + events);
        assertTrue(count("SELECT COUNT(*) FROM course") >= 4, "courses copied so that every learner can have several");
        assertTrue(count("SELECT COUNT(*) FROM xapi_statement") > EVENTS, "a statement per event, and per enrolment, attempt and completion");
    }

    @Test
    void everyRowPointsAtRowsThatExistAndNothingHappensBeforeTheEnrolment() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM enrolment e WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.id = e.account_id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM enrolment e WHERE NOT EXISTS (SELECT 1 FROM course c WHERE c.id = e.course_id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM enrolment e JOIN account a ON a.id = e.account_id WHERE e.enrolled_at < a.created_at"));
        assertEquals(0, count("SELECT COUNT(*) FROM lesson_completion l JOIN enrolment e ON e.id = l.enrolment_id "
                + "WHERE l.completed_at < e.enrolled_at"));
        assertEquals(0, count("SELECT COUNT(*) FROM lesson_completion l JOIN enrolment e ON e.id = l.enrolment_id "
                + "JOIN lesson s ON s.id = l.lesson_id WHERE s.course_id <> e.course_id"));
        assertEquals(0, count("SELECT COUNT(*) FROM enrolment WHERE completed_at IS NOT NULL AND completed_at < enrolled_at"));
        assertEquals(0, count("SELECT COUNT(*) FROM quiz_attempt q WHERE NOT EXISTS (SELECT 1 FROM enrolment e "
                + "WHERE e.account_id = q.account_id AND e.course_id = q.course_id AND e.enrolled_at <= q.started_at)"));
        assertEquals(0, count("SELECT COUNT(*) FROM xapi_statement s WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.id = s.account_id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM completion_record r WHERE NOT EXISTS (SELECT 1 FROM enrolment e "
                + "WHERE e.account_id = r.account_id AND e.course_id = r.course_id AND e.completed_at = r.completed_at)"));
        assertEquals(0, count("SELECT COUNT(*) FROM account a WHERE NOT EXISTS (SELECT 1 FROM country c WHERE c.alpha2 = a.country_code)"));
    }

    @Test
    void completionsFollowTheCourseRule() throws SQLException {
        assertTrue(count("SELECT COUNT(*) FROM enrolment WHERE completed_at IS NOT NULL") > 0, "some learners finish");
        assertTrue(count("SELECT COUNT(*) FROM enrolment WHERE completed_at IS NULL") > count("SELECT COUNT(*) FROM enrolment "
                + "WHERE completed_at IS NOT NULL"), "most do not");
        // completed: every lesson done and the final assessment passed
        assertEquals(0, count("SELECT COUNT(*) FROM enrolment e WHERE e.completed_at IS NOT NULL AND (e.final_passed_at IS NULL "
                + "OR (SELECT COUNT(*) FROM lesson_completion l WHERE l.enrolment_id = e.id) "
                + "<> (SELECT COUNT(*) FROM lesson s WHERE s.course_id = e.course_id AND s.retired = FALSE))"));
        assertEquals(0, count("SELECT COUNT(*) FROM quiz_attempt q JOIN course c ON c.id = q.course_id WHERE q.quiz_code = c.final_code "
                + "AND q.passed = TRUE AND q.score < c.final_pass_mark"));
        assertEquals(count("SELECT COUNT(*) FROM enrolment WHERE completed_at IS NOT NULL"), count("SELECT COUNT(*) FROM completion_record"));
        assertEquals(0, count("SELECT COUNT(*) FROM quiz_attempt WHERE state = 'SUBMITTED' AND (score IS NULL OR submitted_at IS NULL)"));
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT account_id, course_id FROM enrolment GROUP BY account_id, course_id HAVING COUNT(*) > 1) d"));
    }

    @Test
    void answersAreInThePlatformsFormatAndCodesVerify() throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT q.question_type, a.option_order, a.match_order, a.response "
                     + "FROM attempt_question a JOIN question q ON q.id = a.question_id WHERE a.response IS NOT NULL")) {
            int checked = 0;
            while (rows.next()) {
                QuestionType type = QuestionType.valueOf(rows.getString(1));
                int options = rows.getString(2).isEmpty() ? 0 : rows.getString(2).split(",").length;
                int matches = rows.getString(3).isEmpty() ? 0 : rows.getString(3).split(",").length;
                String response = rows.getString(4);
                assertEquals(response, ResponseFormat.canonical(type, options, matches, response), "canonical as the platform keeps it");
                checked++;
            }
            assertTrue(checked > 1000);
        }
        try (Connection db = connect(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT code FROM completion_record")) {
            while (rows.next()) {
                assertTrue(VerificationCode.isWellFormed(rows.getString(1)));
            }
        }
    }

    @Test
    void learnersComeFromManyCountriesMostlyDevelopingOnes() throws SQLException {
        assertTrue(count("SELECT COUNT(DISTINCT country_code) FROM account") > 120);
        long developing = count("SELECT COUNT(*) FROM account a JOIN country c ON c.alpha2 = a.country_code WHERE c.developing = TRUE");
        assertTrue(developing > LEARNERS * 0.7, "developing: " + developing);
        assertTrue(count("SELECT COUNT(DISTINCT preferred_language) FROM account") == 6);
        assertTrue(count("SELECT COUNT(DISTINCT organisation_type) FROM account") >= 8);
    }

    @Test
    void theSameSeedGivesTheSameData() throws Exception {
        List<String> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            String fresh = freshDatabase();
            DataGenerator.run(DataGenerator.Settings.of(Map.of("url", fresh, "learners", "50", "enrolments", "90",
                    "events", "700", "seed", "11")));
            try (Connection db = DriverManager.getConnection(fresh, "academy", "academy")) {
                runs.add(fingerprint(db));
            }
        }
        assertEquals(runs.get(0), runs.get(1));
    }

    @Test
    void aRunStoppedAfterAnyChunkIsContinuedByTheSameCommandAndEndsWithTheSameData() throws Exception {
        Map<String, String> run = Map.of("learners", "60", "enrolments", "110", "events", "900", "seed", "11", "chunk", "20");
        String whole = freshDatabase();
        DataGenerator.run(DataGenerator.Settings.of(with(run, "url", whole)));
        String stopped = freshDatabase();
        Map<String, Long> first = DataGenerator.run(DataGenerator.Settings.of(with(with(run, "url", stopped), "stopAfter", "1")));
        assertEquals(1L, first.get("stopped"));
        try (Connection db = DriverManager.getConnection(stopped, "academy", "academy")) {
            assertEquals(20, DataGenerator.single(db, "SELECT COUNT(*) FROM account WHERE email LIKE '%.generated.example'"),
                    "the first chunk committed, nothing of the second");
        }
        DataGenerator.run(DataGenerator.Settings.of(with(with(run, "url", stopped), "stopAfter", "1")));
        DataGenerator.run(DataGenerator.Settings.of(with(run, "url", stopped)));
        try (Connection a = DriverManager.getConnection(whole, "academy", "academy");
             Connection b = DriverManager.getConnection(stopped, "academy", "academy")) {
            assertEquals(fingerprint(a), fingerprint(b));
            assertEquals(DataGenerator.single(a, "SELECT COUNT(*) FROM report_enrolment"),
                    DataGenerator.single(b, "SELECT COUNT(*) FROM report_enrolment"));
            assertTrue(DataGenerator.single(b, "SELECT COUNT(*) FROM report_enrolment") >= 110, "the reporting tables are computed");
        }
        assertEquals(Map.of("complete", 1L), DataGenerator.run(DataGenerator.Settings.of(with(run, "url", stopped))),
                "a complete run is not written twice");
        IllegalStateException other = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> DataGenerator.run(DataGenerator.Settings.of(with(with(run, "url", stopped), "seed", "12"))));
        assertTrue(other.getMessage().contains("other settings"), other.getMessage());
    }

    private static Map<String, String> with(Map<String, String> settings, String name, String value) {
        Map<String, String> changed = new java.util.HashMap<>(settings);
        changed.put(name, value);
        return changed;
    }

    private static String freshDatabase() throws Exception {
        Path folder = Path.of("target", "generator-test", UUID.randomUUID().toString());
        Files.createDirectories(folder);
        String fresh = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("academy");
        org.flywaydb.core.Flyway.configure().dataSource(fresh, "academy", "academy").locations("classpath:db/migration")
                .javaMigrations(new org.capacityacademy.country.control.V3__Load_countries(),
                        new org.capacityacademy.country.control.V18__Un_country_names()).load().migrate();
        try (Connection db = DriverManager.getConnection(fresh, "academy", "academy")) {
            SmallCourse.insert(db);
        }
        return fresh;
    }

    private static String fingerprint(Connection db) throws SQLException {
        StringBuilder print = new StringBuilder();
        for (String sql : List.of("SELECT full_name || country_code || email FROM account ORDER BY id",
                "SELECT course_id || '/' || enrolled_at || '/' || COALESCE(completed_at, enrolled_at) FROM enrolment ORDER BY id",
                "SELECT statement_id FROM xapi_statement ORDER BY id", "SELECT COALESCE(response, '-') FROM attempt_question ORDER BY attempt_id, position")) {
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    print.append(rows.getString(1)).append('\n');
                }
            }
        }
        return print.toString();
    }

    /** A course of two modules with a question of every type, as the platform's import stores it. */
    static final class SmallCourse {

        private SmallCourse() {
        }

        static void insert(Connection db) throws SQLException {
            Instant now = Instant.parse("2026-01-01T00:00:00Z");
            try (Statement sql = db.createStatement()) {
                sql.execute("INSERT INTO course (id, code, content_version, default_language, languages, final_code, final_draw, "
                        + "final_pass_mark, content_hash, imported_at, version, final_attempts, final_time_limit) VALUES "
                        + "(1, 'small', 1, 'en', 'en,fr', 'final', 4, 70, 'h', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 0, 3, 40)");
                sql.execute("INSERT INTO course_text VALUES (1, 'en', 'A small course', 'Summary', 'Final'), (1, 'fr', 'Un petit cours', 'Résumé', 'Final')");
                for (int module = 1; module <= 2; module++) {
                    long id = 10 + module;
                    sql.execute("INSERT INTO course_module (id, course_id, code, position, pass_mark, attempts, shuffle, retired, content_hash) "
                            + "VALUES (" + id + ", 1, 'm" + module + "', " + module + ", 60, 0, TRUE, FALSE, 'h')");
                    sql.execute("INSERT INTO course_module_text VALUES (" + id + ", 'en', 'Module', 'S', 'Quiz'), (" + id + ", 'fr', 'Module', 'S', 'Quiz')");
                    for (int lesson = 1; lesson <= 2; lesson++) {
                        long lessonId = id * 10 + lesson;
                        sql.execute("INSERT INTO lesson (id, course_id, module_id, code, position, minutes, covers, retired, content_hash, updated_at) "
                                + "VALUES (" + lessonId + ", 1, " + id + ", 'l" + lessonId + "', " + lesson + ", 20, '', FALSE, 'h', "
                                + "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
                        sql.execute("INSERT INTO lesson_text VALUES (" + lessonId + ", 'en', 'Lesson', 'o', 't', '<p>b</p>')");
                    }
                }
            }
            String[] contents = {
                    "{\"answers\":[{\"text\":\"a\",\"weight\":100.0},{\"text\":\"b\",\"weight\":0.0},{\"text\":\"c\",\"weight\":0.0}],\"id\":\"q1\",\"text\":\"Single?\",\"type\":\"SINGLE_CHOICE\"}",
                    "{\"answers\":[{\"text\":\"a\",\"weight\":50.0},{\"text\":\"b\",\"weight\":50.0},{\"text\":\"c\",\"weight\":-50.0}],\"id\":\"q2\",\"text\":\"Several?\",\"type\":\"MULTIPLE_CHOICE\"}",
                    "{\"answers\":[{\"text\":\"true\",\"weight\":100.0}],\"id\":\"q3\",\"text\":\"True?\",\"type\":\"TRUE_FALSE\"}",
                    "{\"answers\":[{\"text\":\"x\",\"match\":\"1\",\"weight\":0.0},{\"text\":\"y\",\"match\":\"2\",\"weight\":0.0},{\"text\":\"z\",\"match\":\"3\",\"weight\":0.0}],\"id\":\"q4\",\"text\":\"Match\",\"type\":\"MATCHING\"}",
                    "{\"answers\":[{\"text\":\"norms\",\"weight\":100.0}],\"id\":\"q5\",\"text\":\"Word?\",\"type\":\"SHORT_ANSWER\"}"};
            try (PreparedStatement question = db.prepareStatement("INSERT INTO question (id, course_id, module_id, code, position, "
                    + "question_type, cites, retired, content_hash, updated_at) VALUES (?, 1, ?, ?, ?, ?, '', FALSE, 'h', ?)");
                 PreparedStatement text = db.prepareStatement("INSERT INTO question_text VALUES (?, 'en', ?)")) {
                for (int i = 0; i < contents.length; i++) {
                    long id = 200 + i;
                    question.setLong(1, id);
                    question.setLong(2, i % 2 == 0 ? 11 : 12);
                    question.setString(3, "q" + i);
                    question.setInt(4, i);
                    question.setString(5, Catalogue.gift(contents[i]).type().name());
                    question.setObject(6, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
                    question.executeUpdate();
                    text.setLong(1, id);
                    text.setString(2, contents[i]);
                    text.executeUpdate();
                }
            }
        }
    }
}
