package org.capacityacademy.assessment.control;

import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.gift.GiftParser;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Marks as Moodle would, given how the attempt shows the options (shuffled orders included). */
class GraderTest {

    private static GiftQuestion question(String gift) throws ContentException {
        return GiftParser.parse("quiz.en.gift", gift).get(0);
    }

    private static BigDecimal mark(GiftQuestion question, List<Integer> options, List<Integer> matches, String response) {
        return Grader.score(question, options, matches, response).stripTrailingZeros();
    }

    @Test
    void singleChoiceEarnsTheWeightOfTheOptionShownWhereTheLearnerClicked() throws ContentException {
        GiftQuestion q = question("::q:: Which? {=right ~wrong ~also wrong}");
        List<Integer> shown = List.of(2, 0, 1);              // the right answer is shown second
        assertEquals(BigDecimal.ONE, mark(q, shown, List.of(), "1"));
        assertEquals(BigDecimal.ZERO, mark(q, shown, List.of(), "0"));
        assertEquals(BigDecimal.ZERO, mark(q, shown, List.of(), null));
    }

    @Test
    void multipleChoiceAddsWeightsAndNeverGoesBelowZero() throws ContentException {
        GiftQuestion q = question("::q:: Which? {~%50%a ~%50%b ~%-100%c}");
        List<Integer> shown = List.of(0, 1, 2);
        assertEquals(BigDecimal.ONE, mark(q, shown, List.of(), "0,1"));
        assertEquals(new BigDecimal("0.5"), mark(q, shown, List.of(), "1"));
        assertEquals(BigDecimal.ZERO, mark(q, shown, List.of(), "0,2"));
        assertEquals(BigDecimal.ZERO, mark(q, shown, List.of(), "0,1,2"));
        assertEquals(BigDecimal.ZERO, mark(q, shown, List.of(), ""));
    }

    @Test
    void trueFalseIsAllOrNothing() throws ContentException {
        GiftQuestion q = question("::q:: The sky is green. {FALSE#No, it is not.#Right.}");
        assertEquals(BigDecimal.ONE, mark(q, List.of(), List.of(), "false"));
        assertEquals(BigDecimal.ZERO, mark(q, List.of(), List.of(), "true"));
    }

    @Test
    void matchingEarnsItsShareOfRightPairsWhateverOrderTheyWereShownIn() throws ContentException {
        GiftQuestion q = question("::q:: Match. {=a -> 1 =b -> 2 =c -> 3}");
        List<Integer> lefts = List.of(2, 0, 1);              // shown: c, a, b
        List<Integer> rights = List.of(1, 2, 0);             // shown: 2, 3, 1
        assertEquals(BigDecimal.ONE, mark(q, lefts, rights, "1,2,0"));      // c->3, a->1, b->2
        assertEquals(new BigDecimal("0.3333"), mark(q, lefts, rights, "1,0,"));  // c->3 right, a->2 wrong, b none
        assertEquals(BigDecimal.ZERO, mark(q, lefts, rights, ",,"));
    }

    @Test
    void shortAnswerIgnoresCaseSpacingFullWidthFormsAndAFinalStop() throws ContentException {
        GiftQuestion q = question("::q:: Which document? {=A/68/98 =the report}");
        assertEquals(BigDecimal.ONE, mark(q, List.of(), List.of(), "  a/68/98. "));
        assertEquals(BigDecimal.ONE, mark(q, List.of(), List.of(), "Ａ／６８／９８"));
        assertEquals(BigDecimal.ONE, mark(q, List.of(), List.of(), "The   Report"));
        assertEquals(BigDecimal.ZERO, mark(q, List.of(), List.of(), "A/65/201"));
    }

    @Test
    void moodlesPartialCreditAndCatchAllAnswersEarnTheirGrade() throws ContentException {
        GiftQuestion single = question("::q:: Which? {=Frog ~%50%Cat ~Dog}");
        assertEquals(new BigDecimal("0.5"), mark(single, List.of(0, 1, 2), List.of(), "1"), "a partly right choice");
        GiftQuestion shortAnswer = question("::q:: Which animal? {=%100%Frog# =%50%Cat#Nearly. =%0%*#No.}");
        assertEquals(BigDecimal.ONE, mark(shortAnswer, List.of(), List.of(), " frog "));
        assertEquals(new BigDecimal("0.5"), mark(shortAnswer, List.of(), List.of(), "Cat"));
        assertEquals(BigDecimal.ZERO, mark(shortAnswer, List.of(), List.of(), "Horse"));
        assertEquals("No.", Grader.accepted(shortAnswer, "Horse").orElseThrow().feedback(), "the catch-all gives its feedback");
        assertEquals("Nearly.", Grader.accepted(shortAnswer, "cat").orElseThrow().feedback());
    }
}
