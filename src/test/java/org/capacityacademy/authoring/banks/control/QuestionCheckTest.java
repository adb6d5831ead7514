package org.capacityacademy.authoring.banks.control;

import org.capacityacademy.authoring.banks.control.QuestionCheck.Problem;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.gift.GiftParser;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.GiftWriter;
import org.capacityacademy.courseformat.gift.QuestionLimits;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionCheckTest {

    private static final List<String> LANGUAGES = List.of("zh", "en");
    private static final Set<String> SECTIONS = Set.of("19", "32");

    private static QuestionForm form(String type, String... answers) {
        QuestionForm form = new QuestionForm(LANGUAGES);
        form.setId("norms-9");
        form.setType(type);
        form.setCites("19, 32(c)");
        form.getText().putAll(Map.of("zh", "问题？", "en", "Question?"));
        for (String answer : answers) {
            form.addOption();
            QuestionForm.Option option = form.getOptions().get(form.getOptions().size() - 1);
            option.getText().putAll(Map.of("zh", answer + "（中）", "en", answer));
            option.getMatch().putAll(Map.of("zh", answer + "配", "en", answer + " pair"));
        }
        return form;
    }

    private static List<String> keys(QuestionForm form) {
        List<String> keys = QuestionCheck.check(form, true, Set.of("norms-1"), SECTIONS).stream().map(Problem::key).toList();
        assertTrue(QuestionCheck.PROBLEMS.containsAll(keys), keys::toString);
        return keys;
    }

    @Test
    void aCompleteQuestionOfEachTypePassesAndWritesBackTheSame() throws ContentException {
        QuestionForm single = form("single-choice", "a", "b", "c");
        single.getOptions().get(1).setRight(true);
        QuestionForm multiple = form("multiple-choice", "a", "b", "c");
        multiple.getOptions().get(0).setWeight("50");
        multiple.getOptions().get(1).setWeight("50");
        multiple.getOptions().get(2).setWeight("-100");
        QuestionForm trueFalse = form("true-false");
        trueFalse.setTrueStatement(false);
        trueFalse.getWrongFeedback().put("en", "No: para. 19.");
        QuestionForm matching = form("matching", "a", "b", "c");
        QuestionForm shortAnswer = form("short-answer", "A/68/98");
        for (QuestionForm form : List.of(single, multiple, trueFalse, matching, shortAnswer)) {
            assertEquals(List.of(), keys(form), form.getType());
            for (String language : LANGUAGES) {
                GiftQuestion question = form.toEntry().in(language);
                GiftQuestion read = GiftParser.parse("q.gift", GiftWriter.question(question)).get(0);
                assertEquals(question, new GiftQuestion(read.id(), read.type(), read.text(), read.answers(),
                        read.generalFeedback(), read.cites(), 0), form.getType());
                QuestionForm again = QuestionForm.of(form.toEntry(), LANGUAGES);
                assertEquals(form.toEntry(), again.toEntry(), "the form reads a bank entry back unchanged");
            }
        }
    }

    @Test
    void refusesWhatCannotBePublished() {
        QuestionForm empty = form("single-choice", "a", "b");
        empty.getText().put("zh", "  ");
        empty.setId("norms-1");
        empty.setCites("");
        assertEquals(List.of("id-taken", "cites-missing", "text-empty", "no-right"), keys(empty));

        QuestionForm weights = form("multiple-choice", "a", "b", "c");
        weights.getOptions().get(0).setWeight("50");
        weights.getOptions().get(1).setWeight("40");
        weights.getOptions().get(2).setWeight("lots");
        assertEquals(List.of("weight"), keys(weights));
        weights.getOptions().get(2).setWeight("-100");
        assertEquals(List.of("weights"), keys(weights));

        assertEquals(List.of("pairs"), keys(form("matching", "a", "b")));
        QuestionForm twoRight = form("single-choice", "a", "b");
        twoRight.getOptions().forEach(o -> o.setRight(true));
        assertEquals(List.of("one-right"), keys(twoRight));

        QuestionForm badCite = form("true-false");
        badCite.setCites("19, 99, nineteen");
        assertEquals(List.of("cite-unknown", "cite-unknown"), keys(badCite));

        QuestionForm huge = form("true-false");
        huge.getText().put("en", "x".repeat(QuestionLimits.TEXT + 1));
        huge.setId("Bad Id");
        assertEquals(List.of("id", "text-too-long"), keys(huge));

        QuestionForm arrow = form("short-answer", "a -> b");
        assertEquals(List.of("answer-syntax", "answer-syntax"), keys(arrow));
    }

    @Test
    void emptyRowsAreNotAnswersButHalfFilledOnesAre() {
        QuestionForm form = form("single-choice", "a", "b");
        form.getOptions().get(0).setRight(true);
        form.addOption();
        assertTrue(keys(form).isEmpty());
        form.getOptions().get(2).getText().put("en", "c");
        assertEquals(List.of("answer-empty"), keys(form), "c has no Chinese text");
    }
}
