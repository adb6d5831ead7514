package org.capacityacademy.assessment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An attempt was submitted and graded, fired inside the grading transaction, so that what other
 * components keep about it (a score to send to a learning platform) is kept exactly when it is.
 *
 * @param percent         the score, 0 to 100
 * @param finalAssessment whether the quiz is the course's final assessment (else a module's quiz)
 */
public record AttemptGraded(long accountId, long courseId, String quizCode, boolean finalAssessment, BigDecimal percent,
                            boolean passed, Instant submittedAt) implements Serializable {
}
