package org.capacityacademy.courseformat;

import java.util.Arrays;
import java.util.Optional;

/** When a learner sees, question by question, what was right and why. The score is always shown. */
public enum FeedbackTiming {
    /** On the review page as soon as the attempt is submitted. */
    AFTER_SUBMIT("after-submit"),
    /** Once the learner has passed or has no attempt left, so answers cannot be copied into the next attempt. */
    AFTER_LAST_ATTEMPT("after-last-attempt"),
    /** Never: the learner sees the score only. */
    SCORE_ONLY("score-only");

    private final String fileName;

    FeedbackTiming(String fileName) {
        this.fileName = fileName;
    }

    /** The value as course files write it, e.g. {@code after-submit}. */
    public String fileName() {
        return fileName;
    }

    public static Optional<FeedbackTiming> fromFile(String value) {
        return Arrays.stream(values()).filter(v -> v.fileName.equals(value)).findFirst();
    }
}
