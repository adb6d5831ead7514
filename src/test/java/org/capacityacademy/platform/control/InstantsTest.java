package org.capacityacademy.platform.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InstantsTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-07T11:00:00Z");

    @Test
    void aDevicesTimeIsTakenWithinWhatTheServerKnows() {
        Instant between = Instant.parse("2026-12-07T10:30:00Z");
        assertEquals(between, Instants.within(between, START, NOW));
        assertEquals(START, Instants.within(Instant.parse("2020-01-01T00:00:00Z"), START, NOW), "a clock set in the past");
        assertEquals(NOW, Instants.within(Instant.parse("2099-01-01T00:00:00Z"), START, NOW), "a clock set in the future");
    }
}
