package org.capacityacademy.assessment.entity;

/** The kinds of question a bank may hold (a subset of Moodle's GIFT types). */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, MATCHING, SHORT_ANSWER
}
