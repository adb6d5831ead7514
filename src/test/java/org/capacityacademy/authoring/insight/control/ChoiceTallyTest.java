package org.capacityacademy.authoring.insight.control;

import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChoiceTallyTest {

    private static GiftQuestion question(QuestionType type, GiftAnswer... answers) {
        return new GiftQuestion("q-1", type, "Question?", List.of(answers), null, List.of("19"), 1);
    }

    private static GiftAnswer option(String text, double weight) {
        return new GiftAnswer(text, null, weight, null, null);
    }

    private static GiftAnswer pair(String left, String right) {
        return new GiftAnswer(left, right, 0, null, null);
    }

    @Test
    void shuffledSingleChoiceAnswersAreCountedAsTheBanksOptions() {
        ChoiceTally tally = new ChoiceTally(question(QuestionType.SINGLE_CHOICE,
                option("right", 100), option("wrong A", 0), option("wrong B", 0)));
        tally.add("0,1,2", "", "1", 3);   // shown in the bank's order: wrong A
        tally.add("2,0,1", "", "0", 4);   // first shown is the bank's third: wrong B
        tally.add("2,0,1", "", "1", 2);   // second shown is the bank's first: right
        tally.add("1,2,0", "", "2", 1);   // right

        assertEquals(3, tally.chosen(0));
        assertEquals(3, tally.chosen(1));
        assertEquals(4, tally.chosen(2));
        WrongOption wrong = tally.mostChosenWrong(10).orElseThrow();
        assertEquals("wrong B", wrong.text());
        assertEquals(4, wrong.chosen());
        assertEquals(0.4, wrong.share(), 1e-9);
        assertTrue(tally.wrongBeatsRight(), "wrong B (4) was chosen more often than the right option (3)");
    }

    @Test
    void multipleChoiceComparesWrongOptionsWithTheLeastChosenRightOne() {
        ChoiceTally tally = new ChoiceTally(question(QuestionType.MULTIPLE_CHOICE,
                option("right A", 50), option("right B", 50), option("wrong", -100)));
        tally.add("0,1,2", "", "0,1", 5);
        tally.add("2,1,0", "", "0,2", 2);   // wrong and right A
        tally.add("0,1,2", "", "", 1);      // none chosen

        assertEquals(7, tally.chosen(0));
        assertEquals(5, tally.chosen(1));
        assertEquals(2, tally.chosen(2));
        assertEquals("wrong", tally.mostChosenWrong(8).orElseThrow().text());
        assertFalse(tally.wrongBeatsRight());

        tally.add("0,1,2", "", "0,2", 4);
        assertTrue(tally.wrongBeatsRight(), "wrong (6) more often than right B (5)");
    }

    @Test
    void trueFalseCountsTheWrongValue() {
        ChoiceTally tally = new ChoiceTally(question(QuestionType.TRUE_FALSE, new GiftAnswer("false", null, 100, null, null)));
        tally.add("", "", "false", 2);
        tally.add("", "", "true", 3);

        WrongOption wrong = tally.mostChosenWrong(5).orElseThrow();
        assertEquals(Boolean.TRUE, wrong.truth());
        assertEquals(3, wrong.chosen());
        assertTrue(tally.wrongBeatsRight());
    }

    @Test
    void matchingCountsWrongPairsItemByItem() {
        ChoiceTally tally = new ChoiceTally(question(QuestionType.MATCHING,
                pair("GGE", "experts"), pair("OEWG", "all states"), pair("ITU", "telecommunications")));
        // items shown ITU, GGE, OEWG; right-hand sides shown experts, telecommunications, all states
        tally.add("2,0,1", "0,2,1", "1,0,2", 3);   // every pair right
        tally.add("2,0,1", "0,2,1", "1,2,0", 4);   // GGE -> all states, OEWG -> experts
        tally.add("0,1,2", "0,1,2", "1,,2", 1);    // GGE -> all states, OEWG unanswered, ITU right

        WrongOption wrong = tally.mostChosenWrong(8).orElseThrow();
        assertEquals("GGE", wrong.text());
        assertEquals("all states", wrong.match());
        assertEquals(5, wrong.chosen());
        assertTrue(tally.wrongBeatsRight(), "GGE -> all states (5) more often than GGE -> experts (3)");
    }

    @Test
    void nothingWrongChosenMeansNoWrongOptionAndOptionsNoLongerInTheBankAreSkipped() {
        ChoiceTally tally = new ChoiceTally(question(QuestionType.SINGLE_CHOICE, option("right", 100), option("wrong", 0)));
        tally.add("0,1", "", "0", 5);
        tally.add("0,1,2", "", "2", 1);   // an attempt from before the third option was removed
        tally.add("0,1", "", "7", 1);

        assertTrue(tally.mostChosenWrong(7).isEmpty());
        assertFalse(tally.wrongBeatsRight());
        assertEquals(5, tally.chosen(0));
        assertThrows(IllegalArgumentException.class, () -> new ChoiceTally(question(QuestionType.SHORT_ANSWER, option("x", 100))));
    }
}
