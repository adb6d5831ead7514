package org.capacityacademy.authoring.courses.control;

import org.capacityacademy.authoring.drafts.control.EditRefused;
import org.capacityacademy.courseformat.FeedbackTiming;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the course editor refuses before anything is written, each with a message for the
 * author: the limits of the reader ({@code CourseReader}) and of the catalogue's columns.
 */
public final class Checks {

    /** Ids of courses, modules and lessons, as the reader accepts them. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    public static final int MAX_ID = 80;
    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_VERSION = 10_000;

    /** A text given per language, with the messages that name what is missing or too long. */
    public enum Field {
        TITLE("author.check.titleMissing", "author.check.titleTooLong", MAX_TITLE),
        SUMMARY("author.check.summaryMissing", "author.check.summaryTooLong", MAX_SUMMARY),
        QUIZ_TITLE("author.check.quizTitleMissing", "author.check.quizTitleTooLong", MAX_TITLE),
        FINAL_TITLE("author.check.finalTitleMissing", "author.check.finalTitleTooLong", MAX_TITLE);

        private final String missing;
        private final String tooLong;
        private final int max;

        Field(String missing, String tooLong, int max) {
            this.missing = missing;
            this.tooLong = tooLong;
            this.max = max;
        }

        public int max() {
            return max;
        }
    }

    private Checks() {
    }

    /** The id, stripped, or a refusal saying what an id may hold. */
    public static String id(String id) {
        String stripped = id == null ? "" : id.strip();
        if (stripped.isEmpty()) {
            throw new EditRefused("author.check.idMissing");
        }
        if (stripped.length() > MAX_ID || !ID.matcher(stripped).matches()) {
            throw new EditRefused("author.check.badId", stripped.length() > MAX_ID ? stripped.substring(0, 20) + "…" : stripped);
        }
        return stripped;
    }

    /** A text in each language, none empty or too long. */
    public static void texts(Field field, Map<String, String> texts, List<String> languages) {
        for (String language : languages) {
            String text = texts.get(language);
            if (text == null || text.isBlank()) {
                throw new EditRefused(field.missing, languageName(language));
            }
            if (text.strip().length() > field.max) {
                throw new EditRefused(field.tooLong, languageName(language), field.max);
            }
        }
    }

    public static void quiz(QuizYaml quiz, boolean isFinal) {
        number("author.check.draw", quiz.getDraw(), isFinal ? 1 : 0, QuizYaml.MAX_DRAW);
        number("author.check.passMark", quiz.getPassMark(), 1, 100);
        number("author.check.attempts", quiz.getAttempts(), 0, QuizYaml.MAX_ATTEMPTS);
        number("author.check.timeLimit", quiz.getTimeLimit(), 0, QuizYaml.MAX_TIME_LIMIT);
        if (FeedbackTiming.fromFile(quiz.getFeedback()).isEmpty()) {
            throw new EditRefused("author.check.feedback");
        }
    }

    public static void number(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new EditRefused(key, min, max);
        }
    }

    /** Languages are named to the author in their own script, as the language menu names them. */
    public static String languageName(String tag) {
        return SupportedLanguage.fromTag(tag).map(SupportedLanguage::getNativeName).orElse(tag);
    }
}
