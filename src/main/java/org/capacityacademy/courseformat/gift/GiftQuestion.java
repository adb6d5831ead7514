package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.gift.QuestionType;

import java.io.Serializable;
import java.util.List;

/**
 * One question as a GIFT file states it.
 *
 * @param cites  the report sections named by the {@code // cites:} comment before it
 * @param line   where the question starts in its file
 * @param format {@link #HTML} when its texts are HTML ({@code [html]} in the file; already cleaned by
 *               the one policy for authored HTML), null for plain text
 */
public record GiftQuestion(String id, QuestionType type, String text, List<GiftAnswer> answers,
                           String generalFeedback, List<String> cites, int line, String format) implements Serializable {

    /** The format of a question whose texts are HTML: its text, its choices' texts and its feedback. */
    public static final String HTML = "html";

    /** A question in plain text. */
    public GiftQuestion(String id, QuestionType type, String text, List<GiftAnswer> answers, String generalFeedback,
                        List<String> cites, int line) {
        this(id, type, text, answers, generalFeedback, cites, line, null);
    }

    /** Whether the question's texts are HTML (to be shown as such, after the policy), not plain text. */
    public boolean html() {
        return HTML.equals(format);
    }

    /** The question wherever it stands in its file: what it says, without its line. */
    public GiftQuestion withoutLine() {
        return line == 0 ? this : new GiftQuestion(id, type, text, answers, generalFeedback, cites, 0, format);
    }

    /**
     * Whether another language's text of a question has the same shape: the same type, number of
     * answers and, for true/false and choices, the same right answers and weights (what a bank
     * holds the same in every language).
     */
    public boolean sameShape(GiftQuestion other) {
        if (type != other.type || answers.size() != other.answers.size()) {
            return false;
        }
        return switch (type) {
            case TRUE_FALSE -> answers.get(0).text().equals(other.answers.get(0).text());
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> answers.stream().map(GiftAnswer::weight).toList()
                    .equals(other.answers.stream().map(GiftAnswer::weight).toList());
            default -> true;
        };
    }

    /** The same question with another id, its citations and line as given. */
    public GiftQuestion as(String newId, List<String> newCites, int newLine) {
        return new GiftQuestion(newId, type, text, answers, generalFeedback, newCites, newLine, format);
    }

    /**
     * What the question says, for {@code ContentHash}: its line is left out, so that a question
     * does not count as changed because questions before it were added, removed or laid out anew.
     */
    @Override
    public String toString() {
        return "GiftQuestion[id=" + id + ", type=" + type + ", text=" + text + ", answers=" + answers
                + ", generalFeedback=" + generalFeedback + ", cites=" + cites + (html() ? ", format=html" : "") + "]";
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
