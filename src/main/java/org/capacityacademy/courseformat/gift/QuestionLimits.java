package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.gift.GiftImport.Note;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;

/**
 * How much one question may hold, so that a huge paste is refused with a message instead of
 * filling pages and the database. Shared by the editor's fields and the GIFT import.
 */
public final class QuestionLimits {

    /** Characters of a question's text. */
    public static final int TEXT = 2000;
    /** Characters of one answer (or one side of a matching pair). */
    public static final int ANSWER = 500;
    /** Characters of one feedback or of the general feedback. */
    public static final int FEEDBACK = 2000;
    /** Answers (or pairs) of one question. */
    public static final int ANSWERS = 12;
    /** Characters of one question as GIFT, everything included. */
    public static final int BLOCK = 40_000;

    private QuestionLimits() {
    }

    /** The first limit the question goes over, as a note; null when it keeps to them all. */
    public static Note tooLong(GiftQuestion question) {
        if (question.text().length() > TEXT) {
            return Note.of("text-too-long", TEXT);
        }
        if (question.answers().size() > ANSWERS) {
            return Note.of("too-many-answers", ANSWERS);
        }
        for (GiftAnswer answer : question.answers()) {
            if (longer(answer.text(), ANSWER) || longer(answer.match(), ANSWER)) {
                return Note.of("answer-too-long", ANSWER);
            }
            if (longer(answer.feedback(), FEEDBACK) || longer(answer.rightFeedback(), FEEDBACK)) {
                return Note.of("feedback-too-long", FEEDBACK);
            }
        }
        if (longer(question.generalFeedback(), FEEDBACK)) {
            return Note.of("feedback-too-long", FEEDBACK);
        }
        return null;
    }

    private static boolean longer(String text, int limit) {
        return text != null && text.length() > limit;
    }
}
