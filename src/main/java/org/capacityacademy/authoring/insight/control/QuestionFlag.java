package org.capacityacademy.authoring.insight.control;

/**
 * Why a question deserves a second look: hardly anybody answers it right, nearly everybody
 * does, or a wrong answer is given more often than the right one (for several right options,
 * than the least chosen of those with the highest mark; for matching, than the right pair of
 * the same item).
 */
public enum QuestionFlag {
    TOO_HARD, TOO_EASY, WRONG_BEATS_RIGHT;

    /** Under this share answered right, a question is flagged as too hard. */
    public static final double HARD_BELOW = 0.30;

    /** Over this share answered right, a question is flagged as too easy. */
    public static final double EASY_ABOVE = 0.95;

    public String getMessageKey() {
        return switch (this) {
            case TOO_HARD -> "author.questions.flag.tooHard";
            case TOO_EASY -> "author.questions.flag.tooEasy";
            case WRONG_BEATS_RIGHT -> "author.questions.flag.wrongBeatsRight";
        };
    }
}
