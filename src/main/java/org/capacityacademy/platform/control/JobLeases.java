package org.capacityacademy.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The {@code job_lease} table: who may run a scheduled job now. A node takes a job's lease when
 * nobody holds it or the holder let it expire, and renews it while it holds it, each with one
 * conditional UPDATE, so two nodes asking at the same moment cannot both win: the database
 * serialises the two updates of the row and the second no longer matches. Plain JDBC on the
 * caller's connection (and transaction), the same SQL on H2 and PostgreSQL.
 */
public class JobLeases {

    private final Connection connection;

    public JobLeases(Connection connection) {
        this.connection = connection;
    }

    /**
     * Takes or renews the lease of {@code job} for {@code holder} until {@code now + length}.
     *
     * @return whether {@code holder} holds the lease now
     */
    public boolean takeOrRenew(String job, String holder, Instant now, Duration length) throws SQLException {
        if (update(job, holder, now, length)) {
            return true;
        }
        // a job the migration did not list: the first node to ask creates its row; the loser of a
        // race for it gets a duplicate key and does not hold the lease this time (the caller runs
        // this in a transaction of its own, so nothing else is rolled back with it)
        if (!exists(job)) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO job_lease (job, holder, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, job);
                insert.setString(2, holder);
                insert.setObject(3, utc(now.plus(length)));
                return insert.executeUpdate() == 1;
            } catch (SQLException duplicate) {
                return false;
            }
        }
        return false;
    }

    /** Gives the lease up (e.g. at shutdown), so another node need not wait for it to expire. */
    public void release(String job, String holder, Instant now) throws SQLException {
        try (PreparedStatement release = connection.prepareStatement(
                "UPDATE job_lease SET expires_at = ? WHERE job = ? AND holder = ?")) {
            release.setObject(1, utc(now));
            release.setString(2, job);
            release.setString(3, holder);
            release.executeUpdate();
        }
    }

    private boolean update(String job, String holder, Instant now, Duration length) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE job_lease SET holder = ?, expires_at = ? WHERE job = ? AND (holder = ? OR expires_at <= ?)")) {
            update.setString(1, holder);
            update.setObject(2, utc(now.plus(length)));
            update.setString(3, job);
            update.setString(4, holder);
            update.setObject(5, utc(now));
            return update.executeUpdate() == 1;
        }
    }

    private boolean exists(String job) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM job_lease WHERE job = ?")) {
            select.setString(1, job);
            try (var found = select.executeQuery()) {
                return found.next();
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
