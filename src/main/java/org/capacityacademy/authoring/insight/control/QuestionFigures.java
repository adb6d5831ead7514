package org.capacityacademy.authoring.insight.control;

import org.capacityacademy.courseformat.gift.QuestionType;

import java.time.Instant;
import java.util.Set;

/**
 * One question's figures over the submitted attempts that asked it (module quizzes and the final
 * assessment alike).
 *
 * @param text      the question in the page's language (else the course's default language)
 * @param answered  answers given (a question left blank is not counted)
 * @param correct   answers that earned the full mark
 * @param wrong     the wrong answer given most often; null when nobody answered wrongly
 * @param changedAt when the question last changed; answers given before count too
 */
public record QuestionFigures(long id, String code, QuestionType type, String text, String module, long answered,
                              long correct, WrongOption wrong, Set<QuestionFlag> flags, boolean retired, Instant changedAt) {

    /** The share of answers that earned the full mark, from 0 to 1; 0 when nobody answered. */
    public double shareCorrect() {
        return answered == 0 ? 0 : (double) correct / answered;
    }

    public boolean isFlagged() {
        return !flags.isEmpty();
    }

    public String getTypeKey() {
        return "author.questions.type." + type.name();
    }

    /** The flags for these figures; none while nobody answered. */
    public static Set<QuestionFlag> flags(long answered, long correct, boolean wrongBeatsRight) {
        Set<QuestionFlag> flags = java.util.EnumSet.noneOf(QuestionFlag.class);
        if (answered == 0) {
            return flags;
        }
        double share = (double) correct / answered;
        if (share < QuestionFlag.HARD_BELOW) {
            flags.add(QuestionFlag.TOO_HARD);
        }
        if (share > QuestionFlag.EASY_ABOVE) {
            flags.add(QuestionFlag.TOO_EASY);
        }
        if (wrongBeatsRight) {
            flags.add(QuestionFlag.WRONG_BEATS_RIGHT);
        }
        return flags;
    }
}
