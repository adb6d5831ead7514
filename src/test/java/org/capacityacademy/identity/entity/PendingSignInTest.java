package org.capacityacademy.identity.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingSignInTest {

    @Test
    void aSignInRequestIsWorthNothingAfterTenMinutes() {
        Instant sent = Instant.parse("2026-12-07T10:00:00Z");
        PendingSignIn pending = new PendingSignIn("state", 1, "nonce", "verifier", sent);
        assertFalse(pending.isExpired(sent));
        assertFalse(pending.isExpired(sent.plus(Duration.ofMinutes(10)).minusMillis(1)));
        assertTrue(pending.isExpired(sent.plus(Duration.ofMinutes(10))));
    }
}
