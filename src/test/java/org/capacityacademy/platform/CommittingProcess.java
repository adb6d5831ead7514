package org.capacityacademy.platform;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The process {@link EmbeddedDatabaseCrashIT} kills: several threads commit, each transaction as a
 * saved answer does (a new row, an overwritten answer, a statement kept for a while and deleted), and
 * each thread prints {@code thread question id} on standard output once {@code commit()} has returned,
 * before its next transaction: a line read by the test is a commit the database confirmed.
 *
 * <p>Arguments: JDBC URL, user, password, number of threads, first id, and {@code sync} to run H2's
 * {@code CHECKPOINT SYNC} (an fsync of the file) after each commit. Runs until it is killed.
 */
public final class CommittingProcess {

    /** The answers each thread overwrites, as a learner changes their mind. */
    static final int QUESTIONS = 10;
    /** Statements older than this many of a thread's transactions are deleted, which frees space in the file. */
    private static final int STATEMENTS_KEPT = 40;

    private CommittingProcess() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int threads = Integer.parseInt(args[3]);
        long firstId = Long.parseLong(args[4]);
        boolean sync = args.length > 5 && args[5].equals("sync");
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, "UTF-8");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS saved (id BIGINT PRIMARY KEY, thread INT NOT NULL, payload VARCHAR(2000))");
            sql.execute("CREATE TABLE IF NOT EXISTS answer (thread INT, question INT, saved_id BIGINT NOT NULL,"
                    + " payload VARCHAR(2000), PRIMARY KEY (thread, question))");
            sql.execute("CREATE TABLE IF NOT EXISTS statement (id BIGINT PRIMARY KEY, body VARCHAR(4000))");
            sql.execute("CREATE INDEX IF NOT EXISTS saved_thread ON saved (thread)");
            for (int thread = 0; thread < threads; thread++) {
                sql.execute("INSERT INTO answer SELECT " + thread + ", X, 0, '' FROM SYSTEM_RANGE(0, " + (QUESTIONS - 1)
                        + ") WHERE NOT EXISTS (SELECT 1 FROM answer WHERE thread = " + thread + " AND question = X)");
            }
        }
        out.println("ready");
        out.flush();
        List<Thread> committers = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            int me = thread;
            Thread committer = new Thread(() -> commit(url, user, password, me, threads, firstId, sync, out), "committer-" + me);
            committers.add(committer);
            committer.start();
        }
        for (Thread committer : committers) {
            committer.join();
        }
    }

    private static void commit(String url, String user, String password, int thread, int threads, long firstId, boolean sync,
                               PrintStream out) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement saved = connection.prepareStatement("INSERT INTO saved (id, thread, payload) VALUES (?, ?, ?)");
             PreparedStatement answer = connection.prepareStatement(
                     "UPDATE answer SET saved_id = ?, payload = ? WHERE thread = ? AND question = ?");
             PreparedStatement statement = connection.prepareStatement("INSERT INTO statement (id, body) VALUES (?, ?)");
             PreparedStatement forget = connection.prepareStatement("DELETE FROM statement WHERE id = ?");
             Statement checkpoint = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (long n = 0; ; n++) {
                long id = firstId + thread + n * threads;
                int question = (int) (n % QUESTIONS);
                String payload = "a".repeat(random.nextInt(40, 400));
                saved.setLong(1, id);
                saved.setInt(2, thread);
                saved.setString(3, payload);
                saved.executeUpdate();
                answer.setLong(1, id);
                answer.setString(2, payload);
                answer.setInt(3, thread);
                answer.setInt(4, question);
                answer.executeUpdate();
                statement.setLong(1, id);
                statement.setString(2, "{\"verb\":\"answered\",\"result\":\"" + "s".repeat(random.nextInt(200, 1500)) + "\"}");
                statement.executeUpdate();
                forget.setLong(1, id - (long) STATEMENTS_KEPT * threads);
                forget.executeUpdate();
                connection.commit();
                if (sync) {
                    checkpoint.execute("CHECKPOINT SYNC");
                }
                synchronized (out) {
                    out.println(thread + " " + question + " " + id);
                    out.flush();
                }
            }
        } catch (SQLException e) {
            // killed mid-transaction or the database closed under it: nothing more is confirmed
            e.printStackTrace();
        }
    }
}
