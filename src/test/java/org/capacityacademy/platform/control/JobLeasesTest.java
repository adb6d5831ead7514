package org.capacityacademy.platform.control;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lease table as the migrations create it, on H2 like the embedded platform. */
class JobLeasesTest {

    private static final Duration LEASE = Duration.ofSeconds(45);
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private String url;
    private Connection keepAlive;

    @BeforeEach
    void migrate() throws SQLException {
        url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url);
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
    }

    @AfterEach
    void close() throws SQLException {
        keepAlive.close();
    }

    private boolean ask(String job, String node, Instant at) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            return new JobLeases(connection).takeOrRenew(job, node, at, LEASE);
        }
    }

    @Test
    void theFirstNodeTakesAFreeJobAndTheOtherWaits() throws SQLException {
        assertTrue(ask("expired-attempts", "a", NOW));
        assertFalse(ask("expired-attempts", "b", NOW.plusSeconds(1)));
        assertTrue(ask("expired-attempts", "a", NOW.plusSeconds(15)), "the holder renews");
    }

    @Test
    void aRenewedLeaseIsNotTakenOver() throws SQLException {
        assertTrue(ask("expired-attempts", "a", NOW));
        assertTrue(ask("expired-attempts", "a", NOW.plusSeconds(40)));
        assertFalse(ask("expired-attempts", "b", NOW.plusSeconds(60)), "renewed at 40 s, so held until 85 s");
    }

    @Test
    void anotherNodeTakesOverOnceTheHolderLetTheLeaseExpire() throws SQLException {
        assertTrue(ask("xapi-forwarding", "a", NOW));
        assertFalse(ask("xapi-forwarding", "b", NOW.plus(LEASE).minusSeconds(1)));
        assertTrue(ask("xapi-forwarding", "b", NOW.plus(LEASE)));
        assertFalse(ask("xapi-forwarding", "a", NOW.plus(LEASE).plusSeconds(1)), "the old holder lost it");
    }

    @Test
    void jobsAreLeasedApart() throws SQLException {
        assertTrue(ask("expired-attempts", "a", NOW));
        assertTrue(ask("xapi-forwarding", "b", NOW));
    }

    @Test
    void aJobTheMigrationDidNotListGetsItsRowFromTheFirstNode() throws SQLException {
        assertTrue(ask("clean-tokens", "a", NOW));
        assertFalse(ask("clean-tokens", "b", NOW));
    }

    @Test
    void aReleasedLeaseIsFreeAtOnce() throws SQLException {
        assertTrue(ask("expired-attempts", "a", NOW));
        try (Connection connection = DriverManager.getConnection(url)) {
            new JobLeases(connection).release("expired-attempts", "a", NOW.plusSeconds(5));
        }
        assertTrue(ask("expired-attempts", "b", NOW.plusSeconds(5)));
    }

    @Test
    void ofManyNodesAskingAtOnceExactlyOneHoldsTheJob() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var asks = new java.util.ArrayList<Callable<Boolean>>();
            for (int node = 0; node < 8; node++) {
                String name = "node-" + node;
                asks.add(() -> ask("expired-attempts", name, NOW));
            }
            int holders = 0;
            for (Future<Boolean> answer : pool.invokeAll(asks)) {
                holders += answer.get() ? 1 : 0;
            }
            assertEquals(1, holders);
        } finally {
            pool.shutdown();
        }
    }
}
