package org.capacityacademy.reporting.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.capacityacademy.platform.boundary.ClusterJobs;
import org.capacityacademy.platform.control.ApplicationDataSource;
import org.capacityacademy.reporting.control.ReportTables;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the reporting tables every 15 minutes if the learning tables changed (on one node of a
 * cluster, the holder of the job's lease), once soon after start-up if they were never built, and
 * when an administrator asks.
 * One rebuild at a time per node; each is one transaction of its own, so reports read the
 * previous figures until it commits.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportRefresh {

    private static final Logger LOG = Logger.getLogger(ReportRefresh.class.getName());
    static final String JOB = "report-tables";
    private static final Duration LEASE = Duration.ofMinutes(45);

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ClusterJobs cluster;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "reporting tables")
    public void scheduled() {
        if (cluster.mayRun(JOB, LEASE) && changedSinceLastRebuild()) {
            rebuild();
        }
    }

    /** The first figures a minute after start-up, where none were ever computed. */
    @Schedule(hour = "*", minute = "*", persistent = false, info = "first reporting tables")
    public void firstTime() {
        if (!running.get() && neverBuilt() && cluster.mayRun(JOB, LEASE)) {
            rebuild();
        }
    }

    /** @return false if a rebuild was running already on this node */
    public boolean rebuild() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                ReportTables.rebuild(connection, clock.instant());
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            LOG.info(() -> "Reporting tables rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return true;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The reporting tables could not be rebuilt; reports show the previous figures", e);
            return false;
        } finally {
            running.set(false);
        }
    }

    /** Whether anything the figures come from changed; a quiet platform is not recomputed every 15 minutes. */
    private boolean changedSinceLastRebuild() {
        try (Connection connection = dataSource.getConnection()) {
            return !ReportTables.fingerprint(connection).equals(ReportTables.lastFingerprint(connection));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not tell whether the learning tables changed; rebuilding", e);
            return true;
        }
    }

    private boolean neverBuilt() {
        try (Connection connection = dataSource.getConnection()) {
            return ReportTables.refreshedAt(connection) == null;
        } catch (SQLException e) {
            return false;
        }
    }
}
