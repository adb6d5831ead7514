package org.capacityacademy.tracking.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored times only ever move on, one millisecond apart at least, past whatever was promised to readers. */
class StoredClockTest {

    private final Instant start = Instant.parse("2026-11-24T10:00:00.500Z");

    @Test
    void eachStatementIsStoredAfterTheOneBeforeEvenInTheSameMillisecond() {
        StoredClock clock = new StoredClock(start);
        Instant now = Instant.parse("2026-11-24T10:00:01.000400Z");
        Instant first = clock.nextStored(now);
        Instant second = clock.nextStored(now);
        Instant third = clock.nextStored(now);
        assertEquals(Instant.parse("2026-11-24T10:00:01.000Z"), first, "to the millisecond");
        assertEquals(first.plusMillis(1), second);
        assertEquals(second.plusMillis(1), third);
        assertEquals(third, clock.getConsistentThrough());
        assertEquals(Instant.parse("2026-11-24T10:00:02Z"), clock.nextStored(Instant.parse("2026-11-24T10:00:02Z")),
                "back to the real time once it is later");
    }

    @Test
    void aClockBehindWhatWasGivenOrPromisedStillGivesLaterTimes() {
        StoredClock clock = new StoredClock(start);
        assertEquals(start.plusMillis(1), clock.nextStored(start.minusSeconds(30)), "a node whose clock is late");
        Instant promised = Instant.parse("2026-11-24T10:05:00Z");
        assertEquals(promised, clock.catchUp(promised));
        assertEquals(promised, clock.catchUp(promised.minusSeconds(1)), "a promise is never taken back");
        assertTrue(clock.nextStored(promised).isAfter(promised), "nothing is stored at or before a promised time");
    }
}
