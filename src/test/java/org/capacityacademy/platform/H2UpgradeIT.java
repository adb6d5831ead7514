package org.capacityacademy.platform;

import org.capacityacademy.generate.DatabaseOfAnotherVersion;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Installations that ran on H2 2.5.252 keep their data on the H2 the platform now ships: a data file
 * that version wrote (by a JVM with that version's jar, the one earlier WARs bundled) opens, reads
 * the same in every table, takes the migrations and new rows; also one left by a killed process.
 * The documented way round it, a backup with the old version restored with the new one
 * (deploy/backup.sh and deploy/restore.sh), holds the same rows too.
 */
class H2UpgradeIT {

    private static final Path PREVIOUS_JAR = Path.of(System.getProperty("h2.previous.jar", "target/h2-previous/h2-2.5.252.jar"));
    private static final Path DEPLOY = Path.of(System.getProperty("project.basedir", ".")).resolve("deploy");

    /** One database written and closed by the previous version; each test works on its own copy. */
    @TempDir
    static Path written;
    private static Map<String, String> writtenPrints;

    @TempDir
    Path folder;

    @BeforeAll
    static void writeWithThePreviousVersion() throws Exception {
        writtenPrints = previous("write", "jdbc:h2:file:" + written.resolve("academy"));
        assertTrue(!writtenPrints.get("ACCOUNT").startsWith("0 "), "the previous version wrote learners: " + writtenPrints);
    }

    /** A copy of the database the previous version wrote, in a folder of the test's own. */
    private Path copyOfWritten(String name) throws IOException {
        Path data = Files.createDirectories(folder.resolve(name));
        Files.copy(written.resolve("academy.mv.db"), data.resolve("academy.mv.db"));
        return data;
    }

    @Test
    void aDatabaseWrittenByThePreviousVersionOpensAndReadsTheSame() throws Exception {
        String url = "jdbc:h2:file:" + copyOfWritten("data").resolve("academy");

        try (Connection db = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "academy", "academy")) {
            assertEquals(org.h2.engine.Constants.VERSION, version(db));
            assertEquals(writtenPrints, DatabaseOfAnotherVersion.fingerprint(db));
        }
        MigrateResult migrated = Flyway.configure().dataSource(url, "academy", "academy").locations("classpath:db/migration")
                .javaMigrations(new org.capacityacademy.country.control.V3__Load_countries(),
                        new org.capacityacademy.country.control.V18__Un_country_names()).load().migrate();
        assertTrue(migrated.success, "the platform's migrations run on it");
        try (Connection db = DriverManager.getConnection(url, "academy", "academy"); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE account SET job_title = 'Upgraded' WHERE id = (SELECT MIN(id) FROM account)");
        }
        try (Connection db = DriverManager.getConnection(url, "academy", "academy"); Statement sql = db.createStatement();
             ResultSet upgraded = sql.executeQuery("SELECT COUNT(*) FROM account WHERE job_title = 'Upgraded'")) {
            upgraded.next();
            assertEquals(1, upgraded.getInt(1), "what the new version wrote is there after it opened the file again");
        }
    }

    @Test
    void aDatabaseLeftByAKilledPreviousVersionOpensAndReadsAsThatVersionReadsIt() throws Exception {
        Path crashed = folder.resolve("crashed");
        Map<String, String> crashPrints = previous("crash", "jdbc:h2:file:" + crashed.resolve("academy"));
        // two copies of the file as the killed process left it: the previous version opens one, this version the other
        Path theirs = Files.createDirectories(folder.resolve("theirs"));
        Path ours = Files.createDirectories(folder.resolve("ours"));
        Files.copy(crashed.resolve("academy.mv.db"), theirs.resolve("academy.mv.db"));
        Files.copy(crashed.resolve("academy.mv.db"), ours.resolve("academy.mv.db"));
        Map<String, String> theyRead = previous("read", "jdbc:h2:file:" + theirs.resolve("academy") + ";IFEXISTS=TRUE");
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + ours.resolve("academy") + ";IFEXISTS=TRUE",
                "academy", "academy")) {
            assertEquals(theyRead, DatabaseOfAnotherVersion.fingerprint(db));
        }
        assertEquals(crashPrints.keySet(), theyRead.keySet());
    }

    @Test
    void aBackupTakenWithThePreviousVersionRestoresIntoThisOne() throws Exception {
        Path data = copyOfWritten("data");
        Path backup = folder.resolve("academy-h2.zip");
        Path restored = folder.resolve("restored");
        // the README's conversion: the old H2 writes the script, the platform's H2 reads it
        run(Map.of("H2_JAR", PREVIOUS_JAR.toString()), "backup.sh", "h2", data.toString(), backup.toString());
        run(Map.of(), "restore.sh", "h2", backup.toString(), restored.toString());
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("academy") + ";IFEXISTS=TRUE",
                "academy", "academy")) {
            assertEquals(org.h2.engine.Constants.VERSION, version(db));
            assertEquals(writtenPrints, DatabaseOfAnotherVersion.fingerprint(db));
        }
    }

    private static String version(Connection db) throws Exception {
        try (Statement sql = db.createStatement(); ResultSet version = sql.executeQuery("SELECT H2VERSION()")) {
            version.next();
            return version.getString(1);
        }
    }

    /** Runs {@link DatabaseOfAnotherVersion} on the previous H2 and gives the fingerprints it printed. */
    private static Map<String, String> previous(String mode, String url) throws Exception {
        assertTrue(Files.isRegularFile(PREVIOUS_JAR), PREVIOUS_JAR + " (copied by mvn package)");
        String jar = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator)) {
            classPath.add(entry.equals(jar) ? PREVIOUS_JAR.toString() : entry);
        }
        assertTrue(classPath.contains(PREVIOUS_JAR.toString()), "this version's jar " + jar + " was replaced on the class path");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", String.join(File.pathSeparator, classPath),
                DatabaseOfAnotherVersion.class.getName(), mode, url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        Map<String, String> prints = new TreeMap<>();
        for (String line : output.split("\\R")) {
            String[] parts = line.split(" ");
            if (parts.length == 4 && parts[0].equals("fingerprint")) {
                prints.put(parts[1], parts[2] + " " + parts[3]);
            }
        }
        assertTrue(prints.containsKey("ACCOUNT") && prints.containsKey("XAPI_STATEMENT"), output);
        return prints;
    }

    private static void run(Map<String, String> environment, String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", DEPLOY.resolve(script).toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), script + ": " + output);
    }
}
