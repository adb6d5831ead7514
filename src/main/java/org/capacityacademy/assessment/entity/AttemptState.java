package org.capacityacademy.assessment.entity;

/** An attempt is open while the learner answers; submitted once, by them or by the time limit. */
public enum AttemptState {
    OPEN, SUBMITTED
}
