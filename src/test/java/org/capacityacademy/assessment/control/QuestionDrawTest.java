package org.capacityacademy.assessment.control;

import org.capacityacademy.catalog.entity.QuizRules;
import org.capacityacademy.courseformat.FeedbackTiming;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionDrawTest {

    private final List<Integer> bank = IntStream.range(0, 30).boxed().toList();
    private final QuestionDraw draw = new QuestionDraw(new Random(7));

    private static QuizRules rules(int draw, boolean shuffle) {
        return new QuizRules(draw, 70, 0, 0, shuffle, FeedbackTiming.AFTER_SUBMIT);
    }

    @Test
    void drawsTheGivenNumberOfDistinctQuestions() {
        List<Integer> drawn = draw.questions(bank, rules(24, true));
        assertEquals(24, drawn.size());
        assertEquals(24, new HashSet<>(drawn).size());
        assertTrue(bank.containsAll(drawn));
    }

    @Test
    void withoutShuffleKeepsTheBankOrderAndZeroMeansAll() {
        assertEquals(bank, draw.questions(bank, rules(0, false)));
        List<Integer> some = draw.questions(bank, rules(5, false));
        assertEquals(some.stream().sorted().toList(), some);
    }

    @Test
    void shufflesQuestionsAndOptionsWhenAsked() {
        assertNotEquals(bank, draw.questions(bank, rules(0, true)));
        assertEquals(List.of(0, 1, 2, 3), draw.options(QuestionType.SINGLE_CHOICE, 4, false));
        List<Integer> options = draw.options(QuestionType.SINGLE_CHOICE, 6, true);
        assertEquals(List.of(0, 1, 2, 3, 4, 5), options.stream().sorted().toList());
        assertEquals(List.of(), draw.options(QuestionType.TRUE_FALSE, 1, true));
        assertEquals(List.of(), draw.options(QuestionType.SHORT_ANSWER, 3, true));
        assertEquals(3, draw.matches(QuestionType.MATCHING, 3).size());
        assertEquals(List.of(), draw.matches(QuestionType.SINGLE_CHOICE, 3));
    }
}
