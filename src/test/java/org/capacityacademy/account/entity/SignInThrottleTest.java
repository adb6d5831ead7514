package org.capacityacademy.account.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private final Instant start = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void theLimitthFailureWithinTheWindowLocksForFifteenMinutes() {
        SignInThrottle throttle = new SignInThrottle("email:a@b.org", start);
        for (int i = 0; i < 4; i++) {
            throttle.failureAt(start.plusSeconds(i * 60L), 5);
            assertFalse(throttle.isLocked(start.plusSeconds(i * 60L)));
        }
        throttle.failureAt(start.plusSeconds(300), 5);
        assertTrue(throttle.isLocked(start.plusSeconds(301)));
        assertTrue(throttle.isLocked(start.plusSeconds(300 + 14 * 60)));
        assertFalse(throttle.isLocked(start.plusSeconds(300 + 15 * 60)));
    }

    @Test
    void failuresSpreadBeyondTheWindowStartAgain() {
        SignInThrottle throttle = new SignInThrottle("email:a@b.org", start);
        for (int i = 0; i < 4; i++) {
            throttle.failureAt(start, 5);
        }
        throttle.failureAt(start.plus(SignInThrottle.WINDOW).plusSeconds(1), 5);
        assertEquals(1, throttle.getFailures());
        assertFalse(throttle.isLocked(start.plus(SignInThrottle.WINDOW).plusSeconds(2)));
    }

    @Test
    void aFailureAfterTheLockEndsStartsANewCount() {
        SignInThrottle throttle = new SignInThrottle("client:1", start);
        for (int i = 0; i < 5; i++) {
            throttle.failureAt(start, 5);
        }
        Instant later = start.plus(SignInThrottle.LOCK).plusSeconds(1);
        throttle.failureAt(later, 5);
        assertEquals(1, throttle.getFailures());
        assertFalse(throttle.isLocked(later));
    }
}
