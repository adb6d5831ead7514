package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.ContentProblem;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GiftParserTest {

    private static List<GiftQuestion> parse(String gift) throws ContentException {
        return GiftParser.parse("quiz.en.gift", gift);
    }

    private static ContentProblem problemIn(String gift) {
        ContentException refused = assertThrows(ContentException.class, () -> parse(gift));
        assertEquals(1, refused.getProblems().size(), refused::getMessage);
        return refused.getProblems().get(0);
    }

    @Test
    void readsEachQuestionTypeWithFeedbackAndCitations() throws ContentException {
        List<GiftQuestion> questions = parse("""
                // A comment that is not a citation
                // cites: 19, 20
                ::norms-1:: Does international law apply? {=Yes#Right. ~No#See para. 19. ####The Charter applies (para. 19).}

                // cites: 32(c)
                ::cb-2:: Which does 32(c) name? {
                  ~%50%e-learning#yes
                  ~%50%training
                  ~%-100%sanctions#no
                }

                // cites: 5
                ::threats-3:: ICT is dual-use. {TRUE#Read para. 5 again.#Right.####Para. 5.}

                // cites: 26
                ::cbm-4:: Match. {=26(a) -> views on strategies =26(d) -> CERT exchanges =26(f) -> law enforcement}

                // cites: letter
                ::orientation-5:: How many states? {=15 =fifteen ####Fifteen states (letter).}
                """);
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.MATCHING, QuestionType.SHORT_ANSWER), questions.stream().map(GiftQuestion::type).toList());

        GiftQuestion single = questions.get(0);
        assertEquals("norms-1", single.id());
        assertEquals(List.of("19", "20"), single.cites());
        assertEquals(3, single.line());
        assertEquals("Yes", single.answers().get(0).text());
        assertEquals(100, single.answers().get(0).weight());
        assertEquals("See para. 19.", single.answers().get(1).feedback());
        assertEquals("The Charter applies (para. 19).", single.generalFeedback());

        GiftQuestion multiple = questions.get(1);
        assertEquals("Which does 32(c) name?", multiple.text());
        assertEquals(List.of(50.0, 50.0, -100.0), multiple.answers().stream().map(GiftQuestion.GiftAnswer::weight).toList());

        GiftQuestion trueFalse = questions.get(2);
        assertEquals("true", trueFalse.answers().get(0).text());
        assertEquals("Read para. 5 again.", trueFalse.answers().get(0).feedback());
        assertEquals("Right.", trueFalse.answers().get(0).rightFeedback());

        GiftQuestion matching = questions.get(3);
        assertEquals("26(d)", matching.answers().get(1).text());
        assertEquals("CERT exchanges", matching.answers().get(1).match());

        GiftQuestion shortAnswer = questions.get(4);
        assertEquals(List.of("15", "fifteen"), shortAnswer.answers().stream().map(GiftQuestion.GiftAnswer::text).toList());
        assertEquals(List.of("letter"), shortAnswer.cites());
    }

    @Test
    void escapedCharactersAreText() throws ContentException {
        GiftQuestion question = parse("::q:: a \\~ b \\= c \\# d \\{ e \\} f \\: g {=x\\=y ~z}\n").get(0);
        assertEquals("a ~ b = c # d { e } f : g", question.text());
        assertEquals("x=y", question.answers().get(0).text());
        assertNull(question.answers().get(0).feedback());
    }

    @Test
    void malformedInputIsRefusedWithItsLine() {
        ContentProblem unclosed = problemIn("::ok:: fine {=a ~b}\n\n\n::q:: Unclosed {=a ~b\n");
        assertEquals(4, unclosed.line());
        assertTrue(unclosed.message().contains("never closed"), unclosed.message());

        ContentProblem numeric = problemIn("\n::q:: How many? {#3:1}\n");
        assertEquals(2, numeric.line());
        assertTrue(numeric.message().startsWith("unknown question type"), numeric.message());

        assertTrue(problemIn("::q:: Essay {}\n").message().startsWith("empty answers"));
        assertTrue(problemIn("::q:: Empty {= ~b}\n").message().contains("answer is empty"));
        assertTrue(problemIn("::q:: Two right {=a =b ~c}\n").message().contains("exactly one right answer"));
        assertTrue(problemIn("::q:: Bad weights {~%50%a ~%20%b ~c}\n").message().contains("add up to"));
        assertTrue(problemIn("::q:: Few pairs {=a -> 1 =b -> 2}\n").message().contains("at least 3 pairs"));
        assertTrue(problemIn("Untitled {=a ~b}\n").message().contains("no ::id::"));
        assertTrue(problemIn("::q:: Nested {=a {x} ~b}\n").message().contains("inside an answer block"));
        assertEquals("quiz.en.gift:1: unknown question type: answers must start with = or ~",
                problemIn("::q:: Text {words =a}\n").toString());
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        ContentException refused = assertThrows(ContentException.class,
                () -> parse("::a:: x {}\n\n::b:: y {#1}\n\n::c:: fine {T}\n"));
        assertEquals(List.of(1, 3), refused.getProblems().stream().map(ContentProblem::line).toList());
    }
}
