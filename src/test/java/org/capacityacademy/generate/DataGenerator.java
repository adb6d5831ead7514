package org.capacityacademy.generate;

import org.capacityacademy.country.control.V3__Load_countries;
import org.capacityacademy.reporting.control.ReportTables;
import org.flywaydb.core.Flyway;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a platform database with realistic synthetic data for reports and load tests: learners
 * from every country, their enrolments over three years, lesson progress, quiz attempts with
 * their answers, completions, completion records and the xAPI statements of it all. Written
 * with JDBC batches straight into the tables, after the platform's own Flyway migrations, on
 * H2 (the platform stopped: H2 locks its file) or PostgreSQL. Seeded: the same settings give
 * the same data. Run it with {@code mvn -Pgenerate ...} (deploy/README.md).
 *
 * <p>Every generated learner signs in with the password {@value #PASSWORD}.
 */
public final class DataGenerator {

    public static final String PASSWORD = "Generated-learner-2026";

    /**
     * What to generate.
     *
     * @param events lesson completions plus answered quiz questions, in total
     * @param until  the end of the three years the enrolments are spread over
     * @param chunk  learners per transaction (part of what the data is: a run is continued with the same)
     * @param stopAfter stop after this many chunks (0: never), as a kill would: for the test of continuing
     */
    public record Settings(String url, String user, String password, int learners, int enrolments, long events, long seed,
                           boolean records, String publicUrl, Instant until, int chunk, int stopAfter) {

        public static Settings of(Map<String, String> given) {
            return new Settings(given.getOrDefault("url", "jdbc:h2:file:./data/academy"),
                    given.getOrDefault("user", "academy"), given.getOrDefault("password", "academy"),
                    Integer.parseInt(given.getOrDefault("learners", "100000")),
                    Integer.parseInt(given.getOrDefault("enrolments", "300000")),
                    Long.parseLong(given.getOrDefault("events", "3000000")),
                    Long.parseLong(given.getOrDefault("seed", "2013")),
                    Boolean.parseBoolean(given.getOrDefault("records", "true")),
                    given.getOrDefault("publicUrl", "http://localhost:8080"),
                    Instant.parse(given.getOrDefault("until", "2026-12-01T00:00:00Z")),
                    Integer.parseInt(given.getOrDefault("chunk", "250")), Integer.parseInt(given.getOrDefault("stopAfter", "0")));
        }
    }

    private DataGenerator() {
    }

    /** {@code --url=jdbc:... --learners=100000 --enrolments=300000 --events=3000000 --seed=2013 ...} */
    public static void main(String[] args) throws Exception {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.isBlank()) {
                String[] pair = arg.replaceFirst("^--", "").split("=", 2);
                given.put(pair[0], pair.length > 1 ? pair[1] : "true");
            }
        }
        Settings settings = Settings.of(given);
        long started = System.nanoTime();
        if (given.containsKey("day") && !given.get("day").isBlank()) {
            migrate(settings);
            try (Connection db = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
                db.setAutoCommit(false);
                Map<String, Long> written = OneMoreDay.write(db, settings.seed(), java.time.LocalDate.parse(given.get("day")),
                        Integer.parseInt(given.getOrDefault("dayLearners", "1000")));
                System.out.println("One more day (" + given.get("day") + ") in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + written);
            }
            return;
        }
        Map<String, Long> written = run(settings);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("Generated in " + took.toSeconds() + " s into " + settings.url() + ":");
        written.forEach((table, rows) -> System.out.printf("  %-20s %,d%n", table, rows));
    }

    /** Migrates the database, adds the data and returns the rows written per table (and the events). */
    public static Map<String, Long> run(Settings settings) throws Exception {
        if (settings.learners() < 1 || settings.enrolments() < settings.learners() || settings.events() < 0) {
            throw new IllegalArgumentException("Every learner needs an enrolment: enrolments >= learners >= 1, events >= 0");
        }
        migrate(settings);
        try (Connection db = DriverManager.getConnection(withCache(settings.url()), settings.user(), settings.password())) {
            db.setAutoCommit(false);
            int wanted = (int) Math.ceil(1.6 * settings.enrolments() / settings.learners());
            Catalogue.copyUntil(db, Math.max(1, wanted));
            db.commit();
            List<Catalogue.Course> courses = Catalogue.read(db).stream()
                    .filter(c -> c.modules().stream().anyMatch(m -> !m.lessons().isEmpty())).toList();
            People people = People.of(db);
            Progress progress = Progress.of(db, settings);
            if (progress.finished()) {
                System.out.println("This run is complete already (table generator_run); nothing to do.");
                return Map.of("complete", 1L);
            }
            if (progress.chunksDone() > 0) {
                System.out.printf("Continuing a stopped run after %,d learners%n", (long) progress.chunksDone() * settings.chunk());
            }
            DeferredIndexes.drop(db, progress);
            Map<String, Long> written;
            try (History history = new History(db, settings, courses, people, progress, passwordHash(settings.seed()))) {
                written = new LinkedHashMap<>(history.write());
            }
            if (written.containsKey("stopped")) {
                return written;
            }
            Catalogue.restartSequence(db, "account_seq", single(db, "SELECT COALESCE(MAX(id), 0) FROM account"));
            Catalogue.restartSequence(db, "enrolment_seq", single(db, "SELECT COALESCE(MAX(id), 0) FROM enrolment"));
            Catalogue.restartSequence(db, "attempt_seq", single(db, "SELECT COALESCE(MAX(id), 0) FROM quiz_attempt"));
            Catalogue.restartSequence(db, "xapi_statement_seq", single(db, "SELECT COALESCE(MAX(id), 0) FROM xapi_statement"));
            Catalogue.restartSequence(db, "completion_record_seq", single(db, "SELECT COALESCE(MAX(id), 0) FROM completion_record"));
            DeferredIndexes.create(db, progress);
            // the reporting tables as the platform computes them, so that reports answer at once
            long rebuild = System.nanoTime();
            ReportTables.rebuild(db, Instant.now());
            written.put("report tables (ms)", (System.nanoTime() - rebuild) / 1_000_000);
            progress.finish(db);
            db.commit();
            return written;
        }
    }

    /** The platform's own migrations (nothing to do when the database is up to date). */
    static void migrate(Settings settings) {
        Flyway.configure(DataGenerator.class.getClassLoader())
                .dataSource(settings.url(), settings.user(), settings.password())
                .locations("classpath:db/migration")
                .javaMigrations(new V3__Load_countries(), new org.capacityacademy.country.control.V18__Un_country_names())
                .load().migrate();
    }

    /**
     * On H2, a page cache of a third of the heap (up to 1 GB) instead of the default 64 MB: past a
     * few million rows, every index insert otherwise reads its page back from the file.
     */
    static String withCache(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(java.util.Locale.ROOT).contains("CACHE_SIZE")) {
            return url;
        }
        long kilobytes = Math.min(1L << 20, Runtime.getRuntime().maxMemory() / 3 / 1024);
        return url + ";CACHE_SIZE=" + Math.max(65_536, kilobytes);
    }

    static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The platform's password hash (PBKDF2-HMAC-SHA256, 210,000 iterations, as Jakarta Security's Pbkdf2PasswordHash writes it). */
    static String passwordHash(long seed) throws Exception {
        byte[] salt = new byte[32];
        new java.util.Random(seed).nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 210_000, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:210000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }
}
