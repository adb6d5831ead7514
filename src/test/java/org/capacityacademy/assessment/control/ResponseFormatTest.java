package org.capacityacademy.assessment.control;

import org.capacityacademy.courseformat.gift.QuestionType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Answers are checked against what the attempt shows before anything is kept. */
class ResponseFormatTest {

    private static AnswerRefusal refusal(QuestionType type, int options, int matches, String raw) {
        return assertThrows(AnswerRefused.class, () -> ResponseFormat.canonical(type, options, matches, raw)).getReason();
    }

    @Test
    void keepsValidAnswersInOneCanonicalForm() {
        assertEquals("2", ResponseFormat.canonical(QuestionType.SINGLE_CHOICE, 3, 0, " 2 "));
        assertEquals("0,2", ResponseFormat.canonical(QuestionType.MULTIPLE_CHOICE, 3, 0, "2,0,2"));
        assertEquals("", ResponseFormat.canonical(QuestionType.MULTIPLE_CHOICE, 3, 0, ""));
        assertEquals("true", ResponseFormat.canonical(QuestionType.TRUE_FALSE, 0, 0, "true"));
        assertEquals("1,,0", ResponseFormat.canonical(QuestionType.MATCHING, 3, 3, "1,,0"));
        assertEquals("A/68/98", ResponseFormat.canonical(QuestionType.SHORT_ANSWER, 0, 0, " A/68/98 "));
    }

    @Test
    void refusesOptionsThatAreNotShown() {
        assertEquals(AnswerRefusal.NO_SUCH_OPTION, refusal(QuestionType.SINGLE_CHOICE, 3, 0, "3"));
        assertEquals(AnswerRefusal.NO_SUCH_OPTION, refusal(QuestionType.SINGLE_CHOICE, 3, 0, "-1"));
        assertEquals(AnswerRefusal.NO_SUCH_OPTION, refusal(QuestionType.SINGLE_CHOICE, 3, 0, "x"));
        assertEquals(AnswerRefusal.NO_SUCH_OPTION, refusal(QuestionType.SINGLE_CHOICE, 3, 0, null));
        assertEquals(AnswerRefusal.NO_SUCH_OPTION, refusal(QuestionType.MULTIPLE_CHOICE, 3, 0, "0,7"));
        assertEquals(AnswerRefusal.NO_SUCH_OPTION, refusal(QuestionType.TRUE_FALSE, 0, 0, "yes"));
        assertEquals(AnswerRefusal.NO_SUCH_OPTION, refusal(QuestionType.MATCHING, 3, 3, "0,1"));
        assertEquals(AnswerRefusal.NO_SUCH_OPTION, refusal(QuestionType.MATCHING, 3, 3, "0,1,5"));
        assertEquals(AnswerRefusal.TOO_LONG, refusal(QuestionType.SHORT_ANSWER, 0, 0, "x".repeat(501)));
    }
}
