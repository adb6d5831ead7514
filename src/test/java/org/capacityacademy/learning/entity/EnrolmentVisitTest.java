package org.capacityacademy.learning.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When opening a lesson counts as a new visit (an xAPI "launched"), and when it is only a reload. */
class EnrolmentVisitTest {

    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void anotherLessonOrTheSameAfterAPauseIsANewVisitAReloadIsNot() {
        Enrolment enrolment = new Enrolment(1, 2, now);
        assertTrue(enrolment.isNewVisit(10, now));
        enrolment.visited(10, now);
        assertFalse(enrolment.isNewVisit(10, now.plusSeconds(5)));
        assertTrue(enrolment.isNewVisit(11, now.plusSeconds(5)));
        assertTrue(enrolment.isNewVisit(10, now.plusSeconds(31 * 60)));
        enrolment.completed(10, now.plusSeconds(60));
        assertFalse(enrolment.isNewVisit(10, now.plusSeconds(61)), "the page shown after completing is not a new visit");
    }

    @Test
    void aStudySessionBeginsWithTheFirstLessonAndAgainAfterAHalfHourPause() {
        Enrolment enrolment = new Enrolment(1, 2, now);
        assertTrue(enrolment.isNewSession(now), "no lesson opened yet");
        enrolment.visited(10, now);
        assertFalse(enrolment.isNewSession(now.plusSeconds(29 * 60)));
        assertTrue(enrolment.isNewSession(now.plusSeconds(31 * 60)));
    }
}
