package org.capacityacademy.reporting.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Rebuilds the reporting tables from the learning tables, in the caller's transaction: readers
 * see the previous figures until it commits. Each enrolment gets its learner's breakdown values
 * (as they are now), its UTC days, its time to completion and its final score (the best scored
 * attempt at the course's final assessment); each learner, course and day with a lesson
 * completed or a quiz attempt started gets one activity row. Plain SQL, the same on H2 and
 * PostgreSQL.
 */
public final class ReportTables {

    private static final String DAYS = "CAST(EXTRACT(EPOCH FROM (e.completed_at - e.enrolled_at)) AS DOUBLE PRECISION) / 86400";

    /** A learner's breakdown values, in the order of the reporting tables' indexes. */
    private static final String PROFILE = "country_code, region, sub_region, organisation_type, gender, developing, ldc, lldc, sids";
    private static final String MONTH = "CAST(active_on - CAST(EXTRACT(DAY FROM active_on) - 1 AS INTEGER) * INTERVAL '1' DAY AS DATE)";
    private static final String LEARNER = "a.country_code, c.region, c.sub_region, a.organisation_type, a.gender,"
            + " c.developing, c.ldc, c.lldc, c.sids";

    /** The reporting tables, children first: the order they are emptied in. */
    private static final List<String> TABLES = List.of("report_activity_gap", "report_learner", "report_activity_month",
            "report_activity", "report_completion", "report_enrolment");

    /** The learners a refresh recomputes (report_stale, filled first in its transaction). */
    private static final String STALE = "report_stale s";

    /**
     * The rebuild. Each table's rows are inserted in the order of its one index, so that the
     * index is written page after page, and the next rebuild deletes them in that order too.
     */
    static final List<String> REBUILD = concat(TABLES.stream().map(table -> "DELETE FROM " + table).toList(),
            computations(false), List.of("DELETE FROM report_refresh"));

    /**
     * The refresh: the same computations for the learners of report_stale only, after their rows
     * were deleted. Every row of every reporting table belongs to one learner and depends only on
     * that learner's enrolments, attempts, lesson completions and profile (the marks of
     * report_activity_month compare a learner's own months), so recomputing a learner's rows gives
     * what a rebuild would.
     */
    static final List<String> REFRESH = concat(List.of(), computations(true), List.of("DELETE FROM report_stale"));

    /** The learners whose rows changed since a moment (three parameters, the same moment). */
    static final String STALE_LEARNERS = "INSERT INTO report_stale (account_id)"
            + " SELECT account_id FROM enrolment WHERE changed_at >= ?"
            + " UNION SELECT account_id FROM quiz_attempt WHERE changed_at >= ?"
            + " UNION SELECT id FROM account WHERE changed_at >= ?";

    /**
     * Rows whose change time is up to this much before the last refresh are read again: a
     * transaction stamps its rows when it writes them and commits a little later, and the servers
     * of a cluster may disagree on the time by a little; recomputing a learner twice is harmless.
     */
    public static final Duration OVERLAP = Duration.ofMinutes(2);

    /** What the reporting tables are computed with: over every learner, or those of report_stale only. */
    private static List<String> computations(boolean stale) {
        String enrolments = stale ? STALE + " JOIN enrolment e ON e.account_id = s.account_id" : "enrolment e";
        String enrolled = stale ? STALE + " JOIN report_enrolment r ON r.account_id = s.account_id" : "report_enrolment r";
        String lessons = stale ? STALE + " JOIN enrolment le ON le.account_id = s.account_id"
                + " JOIN lesson_completion lc ON lc.enrolment_id = le.id" : "lesson_completion lc";
        String attempts = stale ? STALE + " JOIN quiz_attempt q ON q.account_id = s.account_id" : "quiz_attempt q";
        String activity = stale ? "(SELECT ra.* FROM " + STALE + " JOIN report_activity ra ON ra.account_id = s.account_id)"
                : "report_activity";
        return List.of(
            "INSERT INTO report_enrolment (enrolment_id, account_id, course_id, " + PROFILE + ", enrolled_on, completed_on)"
                    + " SELECT e.id, e.account_id, e.course_id, " + LEARNER + ", " + day("e.enrolled_at") + ", " + day("e.completed_at")
                    + " FROM " + enrolments + " JOIN account a ON a.id = e.account_id JOIN country c ON c.alpha2 = a.country_code"
                    + " ORDER BY 13, 3, 4, 5, 6, 7, 8",
            "INSERT INTO report_completion (enrolment_id, account_id, course_id, " + PROFILE + ", completed_on, completion_days, final_score)"
                    + " SELECT r.enrolment_id, r.account_id, r.course_id, " + columns("r", PROFILE) + ", r.completed_on, " + DAYS + ","
                    + " (SELECT MAX(q.score) FROM quiz_attempt q"
                    + " WHERE q.account_id = e.account_id AND q.course_id = e.course_id AND q.quiz_code = co.final_code)"
                    + " FROM " + enrolled + " JOIN enrolment e ON e.id = r.enrolment_id JOIN course co ON co.id = r.course_id"
                    + " WHERE r.completed_on IS NOT NULL ORDER BY 13, 3, 4, 5, 6, 7, 8",
            "INSERT INTO report_activity (account_id, " + PROFILE + ", course_id, active_on)"
                    + " SELECT f.account_id, " + columns("f", PROFILE) + ", f.course_id, x.active_on"
                    + " FROM (SELECT lc.enrolment_id AS enrolment_id, " + day("lc.completed_at") + " AS active_on FROM " + lessons
                    + " UNION SELECT e.id, " + day("q.started_at") + " FROM " + attempts
                    + " JOIN enrolment e ON e.account_id = q.account_id AND e.course_id = q.course_id) x"
                    + " JOIN report_enrolment f ON f.enrolment_id = x.enrolment_id ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12",
            // each month with activity, and which of its rows counts a learner in a quarter, a year, or over all courses
            "INSERT INTO report_activity_month (account_id, course_id, active_month, " + PROFILE + ", first_in_quarter, first_in_year,"
                    + " learner_first_in_month, learner_first_in_quarter, learner_first_in_year)"
                    + " SELECT m.account_id, m.course_id, m.active_month, " + columns("m", PROFILE) + ","
                    + " ROW_NUMBER() OVER (PARTITION BY m.account_id, m.course_id, m.active_quarter ORDER BY m.active_month) = 1,"
                    + " ROW_NUMBER() OVER (PARTITION BY m.account_id, m.course_id, m.active_year ORDER BY m.active_month) = 1,"
                    + " ROW_NUMBER() OVER (PARTITION BY m.account_id, m.active_month ORDER BY m.course_id) = 1,"
                    + " ROW_NUMBER() OVER (PARTITION BY m.account_id, m.active_quarter ORDER BY m.active_month, m.course_id) = 1,"
                    + " ROW_NUMBER() OVER (PARTITION BY m.account_id, m.active_year ORDER BY m.active_month, m.course_id) = 1"
                    + " FROM (SELECT DISTINCT account_id, course_id, " + MONTH + " AS active_month,"
                    + " CAST(EXTRACT(YEAR FROM active_on) * 10 + EXTRACT(QUARTER FROM active_on) AS INTEGER) AS active_quarter,"
                    + " CAST(EXTRACT(YEAR FROM active_on) AS INTEGER) AS active_year, " + PROFILE + " FROM " + activity + " act) m"
                    + " ORDER BY 3, 2, 4, 5, 6, 7, 8",
            // first and last active days over all courses (course_id NULL) ...
            "INSERT INTO report_learner (account_id, course_id, " + PROFILE + ", active_from, active_until)"
                    + " SELECT account_id, CAST(NULL AS BIGINT), " + PROFILE + ", MIN(active_on), MAX(active_on) FROM " + activity + " act"
                    + " GROUP BY account_id, " + PROFILE + " ORDER BY 13, 12, 3, 4, 5",
            // ... and in each course
            "INSERT INTO report_learner (account_id, course_id, " + PROFILE + ", active_from, active_until)"
                    + " SELECT account_id, course_id, " + PROFILE + ", MIN(active_on), MAX(active_on) FROM " + activity + " act"
                    + " GROUP BY account_id, " + PROFILE + ", course_id ORDER BY 2, 13, 12, 3, 4, 5",
            // quiet stretches of two days or more, over all courses ...
            "INSERT INTO report_activity_gap (account_id, course_id, last_active_on, next_active_on, " + PROFILE + ")"
                    + " SELECT g.account_id, CAST(NULL AS BIGINT), g.active_on, g.next_on, " + columns("g", PROFILE)
                    + " FROM (SELECT d.account_id, d.active_on, " + columns("d", PROFILE) + ","
                    + " LEAD(d.active_on) OVER (PARTITION BY d.account_id ORDER BY d.active_on) AS next_on"
                    + " FROM (SELECT DISTINCT account_id, active_on, " + PROFILE + " FROM " + activity + " act) d) g"
                    + " WHERE g.next_on > CAST(g.active_on + INTERVAL '1' DAY AS DATE) ORDER BY 4, 3, 5, 6, 7",
            // ... and in each course
            "INSERT INTO report_activity_gap (account_id, course_id, last_active_on, next_active_on, " + PROFILE + ")"
                    + " SELECT g.account_id, g.course_id, g.active_on, g.next_on, " + columns("g", PROFILE)
                    + " FROM (SELECT a.account_id, a.course_id, a.active_on, " + columns("a", PROFILE) + ","
                    + " LEAD(a.active_on) OVER (PARTITION BY a.account_id, a.course_id ORDER BY a.active_on) AS next_on"
                    + " FROM " + activity + " a) g WHERE g.next_on > CAST(g.active_on + INTERVAL '1' DAY AS DATE) ORDER BY 2, 4, 3, 5, 6, 7");
    }

    private static List<String> concat(List<String> first, List<String> second, List<String> third) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        return List.copyOf(all);
    }

    private ReportTables() {
    }

    /** The columns, each prefixed with {@code alias.} */
    private static String columns(String alias, String columns) {
        return alias + "." + String.join(", " + alias + ".", columns.split(", "));
    }

    /** The UTC day of a moment. */
    static String day(String moment) {
        return "CAST(" + moment + " AT TIME ZONE 'UTC' AS DATE)";
    }

    /**
     * What the figures are computed from, in a few aggregates: a new or changed enrolment, lesson
     * completion, attempt or profile changes it (rows are versioned, and lesson completions are
     * only ever added or removed).
     */
    public static String fingerprint(Connection connection) throws SQLException {
        StringBuilder fingerprint = new StringBuilder();
        try (Statement statement = connection.createStatement()) {
            for (String sql : List.of("SELECT COUNT(*), SUM(version) FROM enrolment", "SELECT COUNT(*), 0 FROM lesson_completion",
                    "SELECT COUNT(*), SUM(version) FROM quiz_attempt", "SELECT COUNT(*), SUM(version) FROM account")) {
                try (var result = statement.executeQuery(sql)) {
                    result.next();
                    fingerprint.append(result.getLong(1)).append('/').append(result.getLong(2)).append(' ');
                }
            }
        }
        return fingerprint.toString().strip();
    }

    /** The fingerprint of the last rebuild; null if never. */
    public static String lastFingerprint(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT fingerprint FROM report_refresh WHERE id = 1")) {
            return result.next() ? result.getString(1) : null;
        }
    }

    public static void rebuild(Connection connection, Instant now) throws SQLException {
        rebuild(connection, now, (sql, millis) -> { });
    }

    /** The rebuild, telling {@code timing} how long each statement took (the benchmark prints it). */
    public static void rebuild(Connection connection, Instant now, java.util.function.ObjLongConsumer<String> timing)
            throws SQLException {
        String fingerprint = fingerprint(connection);
        try (Statement statement = connection.createStatement()) {
            for (String sql : REBUILD) {
                long start = System.nanoTime();
                statement.executeUpdate(sql);
                timing.accept(sql, (System.nanoTime() - start) / 1_000_000);
            }
        }
        try (PreparedStatement refreshed = connection.prepareStatement(
                "INSERT INTO report_refresh (id, refreshed_at, fingerprint) VALUES (1, ?, ?)")) {
            refreshed.setObject(1, now.atOffset(ZoneOffset.UTC));
            refreshed.setString(2, fingerprint);
            refreshed.executeUpdate();
        }
    }

    /**
     * Recomputes the rows of the learners whose enrolments, attempts or account changed since
     * {@link #OVERLAP} before the last refresh, in the caller's transaction; the rebuild when the
     * tables were never computed.
     *
     * @return the learners recomputed; -1 when it rebuilt everything
     */
    public static int refresh(Connection connection, Instant now, java.util.function.ObjLongConsumer<String> timing)
            throws SQLException {
        Instant last = refreshedAt(connection);
        if (last == null) {
            rebuild(connection, now, timing);
            return -1;
        }
        int learners;
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM report_stale");
            long start = System.nanoTime();
            try (PreparedStatement stale = connection.prepareStatement(STALE_LEARNERS)) {
                for (int i = 1; i <= 3; i++) {
                    stale.setObject(i, last.minus(OVERLAP).atOffset(ZoneOffset.UTC));
                }
                learners = stale.executeUpdate();
            }
            timing.accept(STALE_LEARNERS, (System.nanoTime() - start) / 1_000_000);
            if (learners > 0) {
                deleteRowsOfStaleLearners(connection, timing);
                for (String sql : REFRESH) {
                    start = System.nanoTime();
                    statement.executeUpdate(sql);
                    timing.accept(sql, (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        try (PreparedStatement refreshed = connection.prepareStatement("UPDATE report_refresh SET refreshed_at = ? WHERE id = 1")) {
            refreshed.setObject(1, now.atOffset(ZoneOffset.UTC));
            refreshed.executeUpdate();
        }
        return learners;
    }

    /**
     * Deletes the rows of the learners of report_stale, learner by learner through each table's
     * index on the learner (H2 reads the whole table for {@code account_id IN (SELECT ...)}).
     */
    private static void deleteRowsOfStaleLearners(Connection connection, java.util.function.ObjLongConsumer<String> timing)
            throws SQLException {
        List<Long> learners = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT account_id FROM report_stale ORDER BY account_id")) {
            while (rows.next()) {
                learners.add(rows.getLong(1));
            }
        }
        for (String table : TABLES) {
            long start = System.nanoTime();
            String sql = "DELETE FROM " + table + " WHERE account_id = ?";
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                for (long learner : learners) {
                    delete.setLong(1, learner);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            timing.accept(sql, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** When the tables were last computed (rebuilt or refreshed); null if never. */
    public static Instant refreshedAt(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT refreshed_at FROM report_refresh WHERE id = 1")) {
            return result.next() ? result.getObject(1, java.time.OffsetDateTime.class).toInstant() : null;
        }
    }
}
