package org.capacityacademy.tracking.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForwardingProgressTest {

    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), ForwardingProgress.backoff(1));
        assertEquals(Duration.ofSeconds(60), ForwardingProgress.backoff(2));
        assertEquals(Duration.ofMinutes(32), ForwardingProgress.backoff(7));
        assertEquals(Duration.ofHours(1), ForwardingProgress.backoff(8));
        assertEquals(Duration.ofHours(1), ForwardingProgress.backoff(1000));
    }

    @Test
    void theQueueWaitsAfterFailuresAndMovesOnlyForward() {
        ForwardingProgress progress = new ForwardingProgress(Instant.EPOCH, 0);
        assertTrue(progress.isDue(now));
        progress.failed(now);
        progress.failed(now);
        assertEquals(2, progress.getFailures());
        assertFalse(progress.isDue(now.plusSeconds(59)));
        assertTrue(progress.isDue(now.plusSeconds(60)));

        progress.forwardedThrough(now, 17);
        assertEquals(0, progress.getFailures());
        assertNull(progress.getNextAttemptAt());
        progress.forwardedThrough(now, 12);
        progress.forwardedThrough(now.minusSeconds(1), 99);
        assertEquals(now, progress.getForwardedStored(), "a node that forwarded an older batch late moves nothing back");
        assertEquals(17, progress.getForwardedId());
        progress.forwardedThrough(now, 18);
        assertEquals(18, progress.getForwardedId());
    }
}
