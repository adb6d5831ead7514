package org.capacityacademy.authoring.insight.control;

import java.math.BigDecimal;

/** A learner's submitted attempts at one quiz: the best score (per cent), whether any passed, how many. */
public record QuizResult(BigDecimal best, boolean passed, long attempts) {
}
