package org.capacityacademy.assessment.control;

/**
 * Why an answer or an attempt action was refused. Each reason has a message key
 * {@code quiz.refused.<name in lower case>} in the bundles.
 */
public enum AnswerRefusal {
    /** No such attempt, or not the learner's own: the two are not told apart. */
    NO_ATTEMPT,
    NOT_ENROLLED,
    NO_QUIZ,
    NO_ATTEMPTS_LEFT,
    CLOSED,
    TIME_UP,
    NO_SUCH_QUESTION,
    NO_SUCH_OPTION,
    TOO_LONG,
    /** The request's body is not a JSON object with a string {@code answer}. */
    MALFORMED;

    public String messageKey() {
        return "quiz.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
