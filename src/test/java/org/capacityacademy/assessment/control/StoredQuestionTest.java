package org.capacityacademy.assessment.control;

import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A question's content as JSON-B stored it, before questions had a format and since. */
class StoredQuestionTest {

    @Test
    void aRowWrittenBeforeFormatsReadsAsPlainTextAndAnHtmlOneAsHtml() {
        String before = "{\"answers\":[{\"feedback\":\"Right.\",\"text\":\"Yes\",\"weight\":100.0},"
                + "{\"text\":\"No\",\"weight\":0.0}],\"cites\":[\"19\"],\"generalFeedback\":\"Para. 19.\","
                + "\"id\":\"norms-1\",\"line\":3,\"text\":\"Does it apply?\",\"type\":\"SINGLE_CHOICE\"}";
        GiftQuestion plain = StoredQuestion.read(before);
        assertEquals(new GiftQuestion("norms-1", QuestionType.SINGLE_CHOICE, "Does it apply?",
                List.of(new GiftAnswer("Yes", null, 100, "Right.", null), new GiftAnswer("No", null, 0, null, null)),
                "Para. 19.", List.of("19"), 3), plain);
        assertFalse(plain.html());
        GiftQuestion html = StoredQuestion.read(before.replace("\"id\"", "\"format\":\"html\",\"id\""));
        assertTrue(html.html());
    }
}
