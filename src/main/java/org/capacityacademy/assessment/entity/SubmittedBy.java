package org.capacityacademy.assessment.entity;

/** Who ended an attempt: the learner, or the server when the time limit ran out. */
public enum SubmittedBy {
    LEARNER, TIME_LIMIT
}
