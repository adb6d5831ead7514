package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.gift.QuestionType;

import java.io.Serializable;
import java.util.List;

/**
 * One question as a GIFT file states it.
 *
 * @param cites the report sections named by the {@code // cites:} comment before it
 * @param line where the question starts in its file
 */
public record GiftQuestion(String id, QuestionType type, String text, List<GiftAnswer> answers,
                           String generalFeedback, List<String> cites, int line) implements Serializable {

    /** The question wherever it stands in its file: what it says, without its line. */
    public GiftQuestion withoutLine() {
        return line == 0 ? this : new GiftQuestion(id, type, text, answers, generalFeedback, cites, 0);
    }

    /**
     * What the question says, for {@code ContentHash}: its line is left out, so that a question
     * does not count as changed because questions before it were added, removed or laid out anew.
     */
    @Override
    public String toString() {
        return "GiftQuestion[id=" + id + ", type=" + type + ", text=" + text + ", answers=" + answers
                + ", generalFeedback=" + generalFeedback + ", cites=" + cites + "]";
    }

    /**
     * One answer. For choices, {@code weight} is the share of the mark (100 for the one right
     * answer of a single choice); for matching, {@code text} is the left side and {@code match}
     * the right; for true/false there is one answer whose text is {@code true} or {@code false},
     * with the feedback for a wrong answer and for a right one.
     */
    public record GiftAnswer(String text, String match, double weight, String feedback, String rightFeedback) implements Serializable {
    }
}
