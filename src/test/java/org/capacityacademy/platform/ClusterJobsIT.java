package org.capacityacademy.platform;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.capacityacademy.platform.boundary.ClusterJobs;
import org.capacityacademy.platform.control.ApplicationDataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job leases on the platform's own database and transactions: this node takes a free job,
 * keeps it, leaves it to a node that holds it, and takes it over once that node's lease expired.
 * The other node is played by writing its row directly.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterJobsIT {

    private static final Duration LEASE = Duration.ofSeconds(45);

    @Inject
    ClusterJobs cluster;

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Test
    void thisNodeRunsAJobOnlyWhileNoOtherNodeHoldsIt() throws SQLException {
        String job = "it-" + UUID.randomUUID();
        assertTrue(cluster.mayRun(job, LEASE), "a job nobody holds");
        assertTrue(cluster.mayRun(job, LEASE), "renewed by its holder");

        otherNodeHolds(job, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1));
        assertFalse(cluster.mayRun(job, LEASE), "another node holds it");

        otherNodeHolds(job, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
        assertTrue(cluster.mayRun(job, LEASE), "taken over once the other node's lease expired");
    }

    private void otherNodeHolds(String job, OffsetDateTime until) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE job_lease SET holder = 'another-node', expires_at = ? WHERE job = ?")) {
            update.setObject(1, until);
            update.setString(2, job);
            update.executeUpdate();
        }
    }
}
