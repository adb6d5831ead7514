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
 * Keeps the reporting tables up to date: every minute (on one node of a cluster, the holder of the
 * job's lease) it recomputes the rows of the learners whose enrolments, attempts or account changed
 * since the last time (a day of activity of 1,000 learners takes seconds; a quiet minute, a few
 * index reads), and the first time, or when an administrator asks, rebuilds them all.
 * One computation at a time per node; each is one transaction of its own, so reports read the
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

    /** The changes of the last minute; everything where the figures were never computed. */
    @Schedule(hour = "*", minute = "*", persistent = false, info = "reporting tables")
    public void scheduled() {
        if (!running.get() && cluster.mayRun(JOB, LEASE)) {
            refresh();
        }
    }

    /**
     * Applies the changes since the last computation (everything the first time).
     *
     * @return false if a computation was running already on this node, or failed
     */
    public boolean refresh() {
        return compute(false);
    }

    /** @return false if a computation was running already on this node, or failed */
    public boolean rebuild() {
        return compute(true);
    }

    private boolean compute(boolean everything) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            int learners = -1;
            try {
                if (everything) {
                    ReportTables.rebuild(connection, clock.instant());
                } else {
                    learners = ReportTables.refresh(connection, clock.instant(), (sql, millis) -> { });
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (learners < 0) {
                LOG.info(() -> "Reporting tables rebuilt in " + millis + " ms");
            } else if (learners > 0) {
                int count = learners;
                LOG.fine(() -> "Reporting tables refreshed for " + count + " learners in " + millis + " ms");
            }
            return true;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The reporting tables could not be computed; reports show the previous figures", e);
            return false;
        } finally {
            running.set(false);
        }
    }
}
