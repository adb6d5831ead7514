package org.capacityacademy.tracking.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementTest {

    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), Statement.backoff(1));
        assertEquals(Duration.ofSeconds(60), Statement.backoff(2));
        assertEquals(Duration.ofMinutes(32), Statement.backoff(7));
        assertEquals(Duration.ofHours(1), Statement.backoff(8));
        assertEquals(Duration.ofHours(1), Statement.backoff(1000));
    }

    @Test
    void pendingFromTheStartUntilForwarded() {
        Statement statement = new Statement("id", 1, "verb", "activity", null, null, now, now, "{}");
        assertTrue(statement.isPending());
        assertEquals(now, statement.getNextAttemptAt());
        statement.forwardFailed(now);
        statement.forwardFailed(now);
        assertEquals(2, statement.getForwardAttempts());
        assertEquals(now.plusSeconds(60), statement.getNextAttemptAt());
        statement.forwarded(now.plusSeconds(61));
        assertFalse(statement.isPending());
        assertNull(statement.getNextAttemptAt());
        assertEquals(now.plusSeconds(61), statement.getForwardedAt());
    }
}
