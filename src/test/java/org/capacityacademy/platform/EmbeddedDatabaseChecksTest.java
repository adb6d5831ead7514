package org.capacityacademy.platform;

import org.capacityacademy.country.control.V18__Un_country_names;
import org.capacityacademy.country.control.V3__Load_countries;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The migrations' check constraints on the embedded database keep working once the migration's
 * connection is closed, as on a fresh installation, where the platform keeps running on the
 * database the migrations just made. H2 2.4.240 evaluates a check with an IN list (or ORs it
 * turns into one) through the session that created it, and then refuses every insert with
 * "Check constraint invalid" (V20).
 */
class EmbeddedDatabaseChecksTest {

    @TempDir
    Path folder;

    @Test
    void checksWorkAfterTheMigrationsConnectionIsClosedAndNoneIsAnInList() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("academy") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=FALSE";
        try (Connection platform = DriverManager.getConnection(url, "academy", "academy")) {
            // Flyway opens connections of its own and closes them: the database stays open through this one
            Flyway.configure().dataSource(url, "academy", "academy").locations("classpath:db/migration")
                    .javaMigrations(new V3__Load_countries(), new V18__Un_country_names()).load().migrate();
            try (Statement sql = platform.createStatement()) {
                sql.execute("INSERT INTO course_file (id, course_code, stage, path, content, updated_at, version)"
                        + " VALUES (1, 'c', 'DRAFT', 'course.yaml', 'x', CURRENT_TIMESTAMP, 1)");
                SQLException refused = assertThrows(SQLException.class, () -> sql.execute("INSERT INTO course_file"
                        + " (id, course_code, stage, path, content, updated_at, version)"
                        + " VALUES (2, 'c', 'OTHER', 'course.yaml', 'x', CURRENT_TIMESTAMP, 1)"));
                assertEquals(23513, refused.getErrorCode(), "a stage that is not one is refused by the check itself: " + refused.getMessage());

                List<String> inLists = new ArrayList<>();
                try (ResultSet checks = sql.executeQuery("SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS")) {
                    while (checks.next()) {
                        if (checks.getString(2).toUpperCase().matches("(?s).*\\bIN\\s*\\(.*|.*\\bOR\\b.*")) {
                            inLists.add(checks.getString(1) + ": " + checks.getString(2));
                        }
                    }
                }
                assertEquals(List.of(), inLists, "checks written as IN lists or ORs break on H2 2.4.240: write them as CASE");
            }
        }
    }
}
