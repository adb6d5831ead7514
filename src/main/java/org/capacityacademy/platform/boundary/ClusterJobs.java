package org.capacityacademy.platform.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.capacityacademy.platform.control.ApplicationDataSource;
import org.capacityacademy.platform.control.JobLeases;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets a scheduled job run on one node of a cluster at a time: every node's timer fires, and
 * each asks here first; only the node holding the job's lease in the database runs it. The
 * holder renews the lease on each run; when it dies, another node takes the job over once the
 * lease has expired. Works the same with one node on H2.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

    /** This node in the lease table: readable in the logs, and new on every start. */
    private final String node = hostName() + "/" + ProcessHandle.current().pid() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private final Set<String> held = ConcurrentHashMap.newKeySet();

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    /**
     * Whether this node runs {@code job} now; if so it holds the job for {@code lease}, which
     * should be a few times the job's period so that a slow run does not lose it.
     */
    public boolean mayRun(String job, Duration lease) {
        boolean holds = takeOrRenew(job, lease);
        if (holds ? held.add(job) : held.remove(job)) {
            LOG.info(() -> "Job " + job + (holds ? " runs on this node (" : " no longer runs on this node (") + node + ")");
        }
        return holds;
    }

    private boolean takeOrRenew(String job, Duration lease) {
        try (Connection connection = dataSource.getConnection()) {
            return new JobLeases(connection).takeOrRenew(job, node, clock.instant(), lease);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not take or renew the lease of job " + job + "; not running it now", e);
            return false;
        }
    }

    @PreDestroy
    void releaseAll() {
        try (Connection connection = dataSource.getConnection()) {
            JobLeases leases = new JobLeases(connection);
            for (String job : held) {
                leases.release(job, node, clock.instant());
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Leases not released at shutdown; they expire on their own", e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
