package org.capacityacademy.authoring.insight.control;

import java.util.Arrays;
import java.util.Optional;

/** Where a learner stands in a course: nothing done yet, some lessons or quizzes done, or completed. */
public enum LearnerStatus {
    NOT_STARTED("not-started"), IN_PROGRESS("in-progress"), COMPLETED("completed");

    private final String parameter;

    LearnerStatus(String parameter) {
        this.parameter = parameter;
    }

    /** Its value in an address, e.g. {@code status=in-progress}. */
    public String getParameter() {
        return parameter;
    }

    public String getMessageKey() {
        return switch (this) {
            case NOT_STARTED -> "author.learners.status.notStarted";
            case IN_PROGRESS -> "author.learners.status.inProgress";
            case COMPLETED -> "author.learners.status.completed";
        };
    }

    public static Optional<LearnerStatus> fromParameter(String value) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst();
    }
}
