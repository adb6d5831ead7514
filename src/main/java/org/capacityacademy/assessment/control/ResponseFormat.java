package org.capacityacademy.assessment.control;

import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The form in which an answer travels and is kept, always in terms of what the attempt
 * shows (option 0 is the first option on the page, whatever its place in the bank):
 * <ul>
 *   <li>single choice: {@code 2}</li>
 *   <li>multiple choice: {@code 0,2} (empty: none chosen)</li>
 *   <li>true/false: {@code true} or {@code false}</li>
 *   <li>matching: for each left-hand item shown, the right-hand choice shown, e.g. {@code 1,,0} (empty: not chosen)</li>
 *   <li>short answer: the text</li>
 * </ul>
 */
public final class ResponseFormat {

    private ResponseFormat() {
    }

    /** The answer checked and in its canonical form; refused when it names an option that is not shown. */
    public static String canonical(QuestionType type, int options, int matches, String raw) {
        String value = raw == null ? "" : raw.strip();
        return switch (type) {
            case SINGLE_CHOICE -> String.valueOf(index(value, options));
            case MULTIPLE_CHOICE -> {
                TreeSet<Integer> chosen = new TreeSet<>();
                for (String part : value.isEmpty() ? new String[0] : value.split(",")) {
                    chosen.add(index(part.strip(), options));
                }
                yield String.join(",", chosen.stream().map(String::valueOf).toList());
            }
            case TRUE_FALSE -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new AnswerRefused(AnswerRefusal.NO_SUCH_OPTION);
                }
                yield value;
            }
            case MATCHING -> {
                String[] parts = value.split(",", -1);
                if (parts.length != options) {
                    throw new AnswerRefused(AnswerRefusal.NO_SUCH_OPTION);
                }
                List<String> checked = new ArrayList<>();
                for (String part : parts) {
                    checked.add(part.isBlank() ? "" : String.valueOf(index(part.strip(), matches)));
                }
                yield String.join(",", checked);
            }
            case SHORT_ANSWER -> {
                if (value.length() > AttemptQuestion.RESPONSE_LENGTH / 4) {
                    throw new AnswerRefused(AnswerRefusal.TOO_LONG);
                }
                yield value;
            }
        };
    }

    /** The choices of a multiple-choice or matching answer, in order; -1 where none was chosen. */
    public static List<Integer> choices(String response) {
        if (response == null || response.isEmpty()) {
            return List.of();
        }
        List<Integer> choices = new ArrayList<>();
        for (String part : response.split(",", -1)) {
            choices.add(part.isEmpty() ? -1 : Integer.parseInt(part));
        }
        return choices;
    }

    /**
     * A short answer as it is compared: compatibility forms folded (full-width letters, no-break spaces), case and
     * spacing ignored, and the variants a keyboard in each course language gives for the same text made one:
     * typographic and straight apostrophes and dashes, quotation marks (ignored), Arabic-Indic and Western digits, Arabic vowel marks,
     * tatweel and the forms of alef, Russian ё and е.
     */
    public static String comparable(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            int same = sameAs(c);
            if (same >= 0) {
                plain.appendCodePoint(same);
            }
        });
        String spaced = plain.toString().replaceAll("\\s+", " ").strip();
        return spaced.replaceAll("[.。]$", "").strip();
    }

    /** The character a short answer's character is compared as, or -1 when it is ignored. */
    private static int sameAs(int c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return '0' + (c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return '0' + (c - '\u06F0');
        }
        if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') {
            return -1;
        }
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032', '\u00B4', '`' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '"' -> -1;
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
            case '\u0649' -> '\u064A';
            case '\u0451' -> '\u0435';
            default -> c;
        };
    }

    private static int index(String value, int count) {
        try {
            int index = Integer.parseInt(value);
            if (index >= 0 && index < count) {
                return index;
            }
        } catch (NumberFormatException e) {
            // refused below, like any other option that is not shown
        }
        throw new AnswerRefused(AnswerRefusal.NO_SUCH_OPTION);
    }
}
