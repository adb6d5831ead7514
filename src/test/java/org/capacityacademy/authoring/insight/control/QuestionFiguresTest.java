package org.capacityacademy.authoring.insight.control;

import org.capacityacademy.courseformat.gift.QuestionType;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuestionFiguresTest {

    @Test
    void flagsAQuestionAnsweredRightByFewerThanThirtyOrMoreThanNinetyFivePerCent() {
        assertEquals(EnumSet.of(QuestionFlag.TOO_HARD), QuestionFigures.flags(100, 29, false));
        assertEquals(Set.of(), QuestionFigures.flags(100, 30, false), "30 % is not under 30 %");
        assertEquals(Set.of(), QuestionFigures.flags(100, 95, false), "95 % is not over 95 %");
        assertEquals(EnumSet.of(QuestionFlag.TOO_EASY), QuestionFigures.flags(100, 96, false));
        assertEquals(EnumSet.of(QuestionFlag.TOO_HARD, QuestionFlag.WRONG_BEATS_RIGHT), QuestionFigures.flags(10, 1, true));
        assertEquals(Set.of(), QuestionFigures.flags(0, 0, false), "nobody answered: nothing to say yet");
    }

    @Test
    void theShareCorrectIsOfTheAnswersGiven() {
        QuestionFigures figures = new QuestionFigures(1, "q-1", QuestionType.TRUE_FALSE, "Text", "Module", 8, 2, null,
                Set.of(), false, null);
        assertEquals(0.25, figures.shareCorrect(), 1e-9);
        assertEquals("author.questions.type.TRUE_FALSE", figures.getTypeKey());
        assertEquals(0, new QuestionFigures(1, "q-1", QuestionType.TRUE_FALSE, "Text", "Module", 0, 0, null,
                Set.of(), false, null).shareCorrect());
    }
}
