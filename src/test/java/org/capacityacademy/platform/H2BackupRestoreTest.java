package org.capacityacademy.platform;

import org.capacityacademy.country.control.V3__Load_countries;
import org.flywaydb.core.Flyway;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/backup.sh and deploy/restore.sh on the embedded H2 database: a migrated database with
 * learners, an enrolment and a completed lesson, backed up and restored into an empty data
 * folder, holds the same rows.
 */
class H2BackupRestoreTest {

    private static final Path DEPLOY = Path.of(System.getProperty("project.basedir", ".")).resolve("deploy");

    @TempDir
    Path folder;

    @Test
    void aRestoredBackupHoldsTheSameLearnersProgressAndRecords() throws Exception {
        Path data = folder.resolve("data");
        Path restored = folder.resolve("restored");
        Path backup = folder.resolve("academy-h2.zip");
        String url = "jdbc:h2:file:" + data.resolve("academy");
        Flyway.configure().dataSource(url, "academy", "academy").locations("classpath:db/migration")
                .javaMigrations(new V3__Load_countries()).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "academy", "academy");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO course (id, code, content_version, default_language, languages, final_code, final_draw,"
                    + " final_pass_mark, content_hash, imported_at, version)"
                    + " VALUES (1, 'gge-2013', 1, 'en', 'en', 'final', 24, 70, 'h', CURRENT_TIMESTAMP, 1)");
            sql.execute("INSERT INTO course_module (id, course_id, code, position, pass_mark, attempts, shuffle, retired, content_hash)"
                    + " VALUES (2, 1, 'norms', 1, 70, 0, TRUE, FALSE, 'h')");
            sql.execute("INSERT INTO lesson (id, course_id, module_id, code, position, minutes, covers, retired, content_hash, updated_at)"
                    + " VALUES (3, 1, 2, 'norms-international-law', 1, 10, '16', FALSE, 'h', CURRENT_TIMESTAMP)");
            for (int learner = 1; learner <= 2; learner++) {
                sql.execute("INSERT INTO account (id, email, password_hash, full_name, country_code, organisation,"
                        + " organisation_type, preferred_language, password_change_required, active, created_at, version)"
                        + " VALUES (" + (100 + learner) + ", 'learner" + learner + "@example.org', 'hash', 'Learner نور " + learner
                        + "', 'KE', 'Ministry', 'GOVERNMENT', 'ar', FALSE, TRUE, CURRENT_TIMESTAMP, 1)");
                sql.execute("INSERT INTO enrolment (id, account_id, course_id, active, enrolled_at, version)"
                        + " VALUES (" + (200 + learner) + ", " + (100 + learner) + ", 1, TRUE, CURRENT_TIMESTAMP, 1)");
            }
            sql.execute("INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at) VALUES (201, 3, CURRENT_TIMESTAMP)");
        }

        run("backup.sh", "h2", data.toString(), backup.toString());
        run("restore.sh", "h2", backup.toString(), restored.toString());

        List<String> before = contents(url);
        List<String> after = contents("jdbc:h2:file:" + restored.resolve("academy") + ";IFEXISTS=TRUE");
        assertTrue(before.contains("learner2@example.org|Learner نور 2"), before.toString());
        assertEquals(before, after);
    }

    @Test
    void refusesToRestoreOverAnExistingDatabase() throws Exception {
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("academy.mv.db"), "not empty");
        Path backup = Files.writeString(folder.resolve("backup.zip"), "x");
        Process restore = process("restore.sh", "h2", backup.toString(), data.toString());
        assertFalse(restore.waitFor() == 0, "restore over an existing database must fail");
        assertEquals("not empty", Files.readString(data.resolve("academy.mv.db")));
    }

    /** What a restore must bring back: learners, enrolments, completions, and the schema's history. */
    private static List<String> contents(String url) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "academy", "academy");
             Statement sql = connection.createStatement()) {
            for (String query : List.of(
                    "SELECT email || '|' || full_name FROM account ORDER BY id",
                    "SELECT account_id || '|' || course_id || '|' || active FROM enrolment ORDER BY id",
                    "SELECT enrolment_id || '|' || lesson_id || '|' || completed_at FROM lesson_completion",
                    "SELECT COUNT(*) FROM country",
                    "SELECT \"version\" || '|' || \"checksum\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
                try (ResultSet result = sql.executeQuery(query)) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
            }
        }
        return rows;
    }

    private static void run(String script, String... arguments) throws Exception {
        Process process = process(script, arguments);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), script + " failed: " + output);
    }

    private static Process process(String script, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", DEPLOY.resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // the scripts use the same H2 as the platform: the one on the test class path
        builder.environment().put("H2_JAR", h2Jar());
        builder.environment().put("DB_USER", "academy");
        builder.environment().put("DB_PASSWORD", "academy");
        return builder.start();
    }

    private static String h2Jar() {
        try {
            return Path.of(Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
