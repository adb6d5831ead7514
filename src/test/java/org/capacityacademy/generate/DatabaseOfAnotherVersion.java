package org.capacityacademy.generate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Run in a JVM with another H2 version on its class path (H2UpgradeIT): writes a platform database
 * as an installation of that version would have (the migrations, a course, learners and their
 * history from the data generator, then changes and deletions), or reads one, and prints the
 * fingerprint of every table ({@code fingerprint table rows hash} lines), so that what two H2 versions read from
 * the same file can be compared.
 *
 * <p>Arguments: {@code write URL} (closes the database), {@code crash URL} (writes, then ends the
 * process without closing it, as a killed server does), or {@code read URL}.
 */
public final class DatabaseOfAnotherVersion {

    private DatabaseOfAnotherVersion() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String url = args[1];
        if (!mode.equals("read")) {
            org.flywaydb.core.Flyway.configure().dataSource(url, "academy", "academy").locations("classpath:db/migration")
                    .javaMigrations(new org.capacityacademy.country.control.V3__Load_countries(),
                            new org.capacityacademy.country.control.V18__Un_country_names()).load().migrate();
            try (Connection db = DriverManager.getConnection(url, "academy", "academy")) {
                DataGeneratorTest.SmallCourse.insert(db);
            }
            DataGenerator.run(DataGenerator.Settings.of(Map.of("url", url, "learners", "40", "enrolments", "80",
                    "events", "800", "seed", "23")));
        }
        Connection db = DriverManager.getConnection(url, "academy", "academy");
        if (!mode.equals("read")) {
            try (Statement sql = db.createStatement()) {
                // what a running platform does besides inserting: rows changed and rows deleted
                sql.executeUpdate("UPDATE account SET job_title = 'Director of ' || id WHERE MOD(id, 3) = 0");
                sql.executeUpdate("DELETE FROM xapi_statement WHERE MOD(id, 5) = 0");
            }
        }
        fingerprint(db).forEach((table, print) -> System.out.println("fingerprint " + table + " " + print));
        System.out.flush();
        if (mode.equals("crash")) {
            Runtime.getRuntime().halt(0);
        }
        db.close();
    }

    /** Every table of the schema: its row count and a hash of its rows' text, whatever their order. */
    public static Map<String, String> fingerprint(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, String> prints = new TreeMap<>();
        for (String table : tables) {
            long count = 0;
            long hash = 0;
            try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT * FROM \"" + table + "\"")) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        row.append(rows.getString(column)).append('\u001f');
                    }
                    count++;
                    hash += row.toString().hashCode() * 0x9E3779B97F4A7C15L;
                }
            }
            prints.put(table, count + " " + Long.toHexString(hash));
        }
        return prints;
    }
}
