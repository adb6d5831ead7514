package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.ContentHash;
import org.capacityacademy.courseformat.CourseDefinition.QuestionDefinition;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class GiftQuestionTest {

    private static QuestionDefinition at(int line, String text) {
        GiftQuestion question = new GiftQuestion("norms-1", QuestionType.TRUE_FALSE, text,
                List.of(new GiftQuestion.GiftAnswer("true", null, 100, "No.", "Yes.")), "Para. 19.", List.of("19"), line);
        return new QuestionDefinition("norms-1", QuestionType.TRUE_FALSE, List.of("19"), Map.of("en", question));
    }

    @Test
    void aQuestionMovedInItsFileIsTheSameContent() {
        assertEquals(ContentHash.of(at(5, "International law applies.")), ContentHash.of(at(42, "International law applies.")));
        assertEquals(at(5, "x").text().get("en").withoutLine(), at(42, "x").text().get("en").withoutLine());
    }

    @Test
    void aQuestionThatSaysSomethingElseIsNot() {
        assertNotEquals(ContentHash.of(at(5, "International law applies.")), ContentHash.of(at(5, "It does not apply.")));
    }
}
