package org.capacityacademy.platform;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded database keeps every commit it confirmed when its process is killed ({@code kill -9}):
 * many short cycles of a {@link CommittingProcess} on the platform's own H2 URL, each killed after a
 * random moment, the database opened again and every confirmed row looked for.
 *
 * <p>H2 2.5.252 loses some (README, Durability): its store header can name a chunk older than the last
 * one written into reused space, and the next open stops there. {@code RETENTION_TIME=0} is added to
 * the URL so that space freed by a transaction is reused at once, as a server does after its first 45
 * seconds: short cycles then reach that path. {@code mvn verify -Dh2.version=2.5.252} runs this on the
 * stock version. System properties: {@code crash.cycles} (default 20), {@code crash.threads} (4),
 * {@code crash.url} (another URL, with {@code ${data.dir}}), {@code crash.sync=true} (H2's
 * {@code CHECKPOINT SYNC} after each commit, to measure its cost).
 *
 * <p>Not in the default build: on 2.4.240 it finds, now and then, the rare commit that version still
 * loses (1 in 27,341 in its busiest run, README). {@code mvn verify -Pcrash-tests} runs it.
 */
class EmbeddedDatabaseCrashIT {

    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target"));
    private static final int CYCLES = Integer.getInteger("crash.cycles", 20);
    private static final int THREADS = Integer.getInteger("crash.threads", 4);
    private static final boolean SYNC = Boolean.getBoolean("crash.sync");
    /** Kill between these many milliseconds after the process is ready to commit. */
    private static final int KILL_AFTER_MIN = 150;
    private static final int KILL_AFTER_MAX = 1500;
    /** A fresh database every this many cycles; the cycles between reuse it, so that it ages. */
    private static final int FRESH_EVERY = 4;

    @Test
    void everyConfirmedCommitIsThereAfterTheProcessIsKilled() throws Exception {
        Path folder = TARGET.resolve("crash-it");
        deleteFolder(folder);
        Files.createDirectories(folder);
        Random random = new Random();
        Figures figures = new Figures();
        Path database = null;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            if (cycle % FRESH_EVERY == 0) {
                database = folder.resolve("db-" + cycle);
            }
            String url = url(database);
            long firstId = (cycle + 1) * 1_000_000_000L;
            Cycle result = killWhileCommitting(url, firstId, KILL_AFTER_MIN + random.nextInt(KILL_AFTER_MAX - KILL_AFTER_MIN + 1),
                    folder.resolve("process-" + cycle + ".log"));
            List<String> lost = lostCommits(url, firstId, result);
            figures.add(result, lost, Files.size(Path.of(database + ".mv.db")));
            System.out.printf(Locale.ROOT, "cycle %d: %d commits confirmed in %d ms, %d lost%s%n", cycle + 1,
                    result.confirmed.size(), result.millis, lost.size(), lost.isEmpty() ? "" : " " + lost.subList(0, Math.min(5, lost.size())));
        }
        String summary = figures.summary();
        System.out.println(summary);
        Files.writeString(TARGET.resolve("embedded-database-crash.txt"), summary + System.lineSeparator());
        assertTrue(figures.confirmed > 0, "the process confirmed no commit: " + summary);
        assertEquals(0, figures.lost, summary);
        deleteFolder(folder);
    }

    /** The platform's default H2 URL (META-INF/microprofile-config.properties) in the given folder. */
    private static String url(Path database) throws IOException {
        String url = System.getProperty("crash.url");
        if (url == null) {
            Properties defaults = new Properties();
            try (InputStream in = EmbeddedDatabaseCrashIT.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
                defaults.load(in);
            }
            url = defaults.getProperty("db.url") + ";RETENTION_TIME=0";
        }
        assertTrue(url.contains("${data.dir}/academy"), url);
        return url.replace("${data.dir}/academy", database.toString());
    }

    private static Cycle killWhileCommitting(String url, long firstId, int killAfter, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classPath(), CommittingProcess.class.getName(),
                url, "academy", "academy", String.valueOf(THREADS), String.valueOf(firstId)));
        if (SYNC) {
            command.add("sync");
        }
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        Cycle cycle = new Cycle();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.equals("ready")) {
                        ready.countDown();
                    } else {
                        // "thread question id": confirmed, since it is printed after commit() returned
                        String[] parts = line.split(" ");
                        cycle.confirm(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        reader.start();
        try {
            assertTrue(ready.await(120, TimeUnit.SECONDS), "the committing process did not start; see " + log);
            long started = System.nanoTime();
            Thread.sleep(killAfter);
            process.destroyForcibly().waitFor();
            cycle.millis = (System.nanoTime() - started) / 1_000_000;
        } finally {
            process.destroyForcibly().waitFor();
            reader.join();
        }
        return cycle;
    }

    /** The test classes (for the committing process) and the H2 jar the platform is built with. */
    private static String classPath() throws URISyntaxException {
        return Path.of(CommittingProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + java.io.File.pathSeparator
                + Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Opens the database as the platform does after a crash, and lists each confirmed commit it does not find. */
    private static List<String> lostCommits(String url, long firstId, Cycle cycle) {
        List<String> lost = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "academy", "academy");
             Statement sql = connection.createStatement()) {
            Set<Long> saved = new HashSet<>();
            try (ResultSet rows = sql.executeQuery("SELECT id FROM saved WHERE id >= " + firstId)) {
                while (rows.next()) {
                    saved.add(rows.getLong(1));
                }
            }
            for (long id : cycle.confirmed) {
                if (!saved.contains(id)) {
                    lost.add("row " + id);
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT thread, question, saved_id FROM answer")) {
                while (rows.next()) {
                    Long last = cycle.lastAnswers.get(rows.getInt(1) + " " + rows.getInt(2));
                    // a later commit may have landed unconfirmed; an older value is a lost commit
                    if (last != null && rows.getLong(3) < last) {
                        lost.add("answer " + rows.getInt(1) + "/" + rows.getInt(2) + " holds " + rows.getLong(3) + " not " + last);
                    }
                }
            }
        } catch (SQLException e) {
            lost.add("the database did not open or read: " + e.getMessage());
        }
        return lost;
    }

    /** What one process confirmed before it was killed. */
    private static final class Cycle {
        final Set<Long> confirmed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final Map<String, Long> lastAnswers = new java.util.concurrent.ConcurrentHashMap<>();
        long millis;

        void confirm(int thread, int question, long id) {
            confirmed.add(id);
            lastAnswers.merge(thread + " " + question, id, Math::max);
        }
    }

    /** Totals over the cycles: the closing figures of the run. */
    private static final class Figures {
        int cycles;
        int cyclesWithLoss;
        long confirmed;
        long lost;
        long millis;
        long largestFile;
        final List<String> examples = new ArrayList<>();

        void add(Cycle cycle, List<String> lostCommits, long fileSize) {
            cycles++;
            confirmed += cycle.confirmed.size();
            lost += lostCommits.size();
            millis += cycle.millis;
            largestFile = Math.max(largestFile, fileSize);
            if (!lostCommits.isEmpty()) {
                cyclesWithLoss++;
                examples.add("cycle " + cycles + ": " + lostCommits.subList(0, Math.min(3, lostCommits.size())));
            }
        }

        String summary() {
            return String.format(Locale.ROOT, "H2 %s%s, %d threads: %d cycles, %d commits confirmed, %d lost in %d cycles,"
                            + " %.0f commits/s, largest file %.1f MB%s",
                    org.h2.engine.Constants.FULL_VERSION, SYNC ? " with CHECKPOINT SYNC after each commit" : "", THREADS, cycles,
                    confirmed, lost, cyclesWithLoss, confirmed * 1000.0 / Math.max(1, millis), largestFile / 1e6,
                    examples.isEmpty() ? "" : "; " + examples);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
