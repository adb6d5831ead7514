package org.capacityacademy.lti.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A score the platform refused waits twice as long each time, at most six hours. */
class ScoreTest {

    @Test
    void waitsDoubleUpToSixHours() {
        assertEquals(Duration.ofSeconds(30), Score.waitAfter(1));
        assertEquals(Duration.ofSeconds(60), Score.waitAfter(2));
        assertEquals(Duration.ofSeconds(120), Score.waitAfter(3));
        assertEquals(Duration.ofHours(6), Score.waitAfter(12));
        assertEquals(Duration.ofHours(6), Score.waitAfter(500));
    }

    @Test
    void aRefusedScoreIsDueAgainLaterAndASentOneIsDone() {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        Score score = new Score(1, 2, "https://p.example.org/li/1", null, "42", BigDecimal.TEN, BigDecimal.valueOf(100), null, now);
        assertEquals(now, score.getNextTryAt());
        score.refused("score endpoint answered 503", now);
        assertEquals(now.plusSeconds(30), score.getNextTryAt());
        score.sent(now.plusSeconds(40));
        assertNotNull(score.getSentAt());
        assertEquals(2, score.getTries());
    }
}
