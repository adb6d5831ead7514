package org.capacityacademy.courseformat.gift;

/** The kinds of question a bank may hold (a subset of Moodle's GIFT types). */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, MATCHING, SHORT_ANSWER;

    /** Whether the answer is a choice among options shown (for matching: among right-hand sides). */
    public boolean isChosenFromOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == MATCHING;
    }
}
