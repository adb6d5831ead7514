package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.gift.GiftImport.Outcome;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GiftImportTest {

    private static final Set<String> SECTIONS = Set.of("16", "17", "19", "summary");

    private static List<Outcome> read(String gift, Set<String> taken) {
        return GiftImport.read("upload.gift", gift, "norms", taken, SECTIONS, 2);
    }

    @Test
    void eachQuestionIsTakenOrSkippedWithItsLineAndReason() {
        List<Outcome> outcomes = read("""
                // An upload from Moodle
                // cites: 16
                ::norms-10:: Right? {=yes ~no}

                // cites: 17
                ::norms-11:: Essay. {}

                ::norms-12:: Numeric. {#3:1}

                // cites: 19
                ::norms-13:: None right. {~a ~b}

                ::norms-14:: Broken {=a ~b

                ::norms-15:: After the broken one. {TRUE}

                ::norms-1:: Already in the bank. {=a ~b}

                ::norms-15:: Twice in the file. {=a ~b}

                Untitled question? {=Member States =States}

                ::Question Five:: A Moodle title. {~%50%a ~%50%b ~%-100%c}

                // cites: 99, 16(a)
                ::norms-16:: Weights. {~%50%a ~%40%b}

                ::norms-17:: Pairs. {=a -> 1 =b -> 2}
                """, Set.of("norms-1", "norms-2"));
        assertEquals(List.of(3, 6, 8, 11, 13, 15, 17, 19, 21, 23, 26, 28), outcomes.stream().map(Outcome::line).toList());
        assertEquals(List.of(true, false, false, false, false, true, false, false, true, true, false, false),
                outcomes.stream().map(Outcome::imported).toList());
        assertEquals("unsupported", outcomes.get(1).skipped().reason());
        assertEquals("unsupported", outcomes.get(2).skipped().reason());
        assertEquals("no-right", outcomes.get(3).skipped().reason());
        assertEquals("braces", outcomes.get(4).skipped().reason());
        assertEquals("duplicate", outcomes.get(6).skipped().reason());
        assertEquals("duplicate", outcomes.get(7).skipped().reason());
        assertEquals("weights", outcomes.get(10).skipped().reason());
        assertEquals("matching", outcomes.get(11).skipped().reason());

        outcomes.forEach(o -> {
            if (!o.imported()) {
                assertTrue(GiftImport.REASONS.contains(o.skipped().reason()), o.skipped()::toString);
            }
            o.notes().forEach(n -> assertTrue(GiftImport.REASONS.contains(n.reason()), n::toString));
        });

        Outcome first = outcomes.get(0);
        assertEquals("norms-10", first.id());
        assertEquals(List.of("16"), first.question().cites());
        assertTrue(first.notes().isEmpty(), first.notes()::toString);

        Outcome trueFalse = outcomes.get(5);
        assertEquals(QuestionType.TRUE_FALSE, trueFalse.question().type());
        assertEquals("no-cites", trueFalse.notes().get(0).reason());

        Outcome untitled = outcomes.get(8);
        assertEquals("norms-3", untitled.id(), "the first free number after the bank's two questions");
        assertEquals("norms-3", untitled.question().id());
        assertEquals(QuestionType.SHORT_ANSWER, untitled.question().type());
        assertEquals("id-generated", untitled.notes().get(0).reason());

        Outcome moodle = outcomes.get(9);
        assertEquals("norms-4", moodle.id());
        assertEquals(List.of("Question Five", "norms-4"), moodle.notes().get(0).values());
        assertEquals(QuestionType.MULTIPLE_CHOICE, moodle.question().type());
    }

    @Test
    void unknownCitationsAreFlaggedNotSkipped() {
        Outcome outcome = read("// cites: 99, 16(a)\n::q-1:: Q? {=a ~b}\n", Set.of()).get(0);
        assertTrue(outcome.imported());
        assertEquals(List.of("unknown-cite"), outcome.notes().stream().map(GiftImport.Note::reason).toList(),
                "16(a) cites item (a) of section 16");
        assertEquals(List.of("99"), outcome.notes().get(0).values());
    }

    @Test
    void aBraceNeverClosedCostsOnlyItsOwnQuestion() {
        List<Outcome> outcomes = read("::a-1:: One {=x ~y\n\n::a-2:: Two {=x ~y}\n\n::a-3:: Three {=x\n\n~y}\n", Set.of());
        assertEquals(List.of(false, true, true), outcomes.stream().map(Outcome::imported).toList());
        assertEquals(1, outcomes.get(0).line());
        assertEquals(5, outcomes.get(2).line(), "a blank line inside braces that close later stays in the question");
    }

    @Test
    void hugeQuestionsAreSkipped() {
        String huge = "x".repeat(QuestionLimits.TEXT + 1);
        Outcome outcome = read("::q-1:: " + huge + " {=a ~b}\n", Set.of()).get(0);
        assertNull(outcome.question());
        assertEquals("text-too-long", outcome.skipped().reason());
    }
}
