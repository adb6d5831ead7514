package org.capacityacademy.learning.boundary;

import java.time.Instant;

/** Fired once when a learner meets a course's completion rule, inside the transaction that records it. */
public record CourseCompleted(long accountId, long courseId, Instant completedAt) {
}
