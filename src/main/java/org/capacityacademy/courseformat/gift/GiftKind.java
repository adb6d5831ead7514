package org.capacityacademy.courseformat.gift;

import java.util.List;
import java.util.Locale;

/**
 * The kind of question a GIFT block holds, told apart as Moodle tells them apart (no answer block:
 * a description; empty braces: an essay; {@code #} first: numerical; a {@code ~}: multiple choice,
 * single when an answer is marked {@code =}; {@code =} and {@code ->}: matching; {@code T} or
 * {@code F}: true/false; otherwise a short answer), so that a question skipped is named by what
 * it is, including kinds the platform does not take.
 */
public enum GiftKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, MATCHING, SHORT_ANSWER, ESSAY, NUMERICAL, DESCRIPTION, UNKNOWN;

    /** The kind of a block of GIFT (one question, its title and comments included). */
    public static GiftKind of(String block) {
        String text = block.lines().filter(line -> !line.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b).strip();
        int open = unescaped(text, '{', 0);
        int close = open < 0 ? unescaped(text, '}', 0) : unescaped(text, '}', open + 1);
        if (open < 0 && close < 0) {
            return text.isEmpty() ? UNKNOWN : DESCRIPTION;
        }
        if (open < 0 || close < 0) {
            return UNKNOWN;
        }
        String answers = text.substring(open + 1, close);
        int general = answers.lastIndexOf("####");
        String body = (general >= 0 ? answers.substring(0, general) : answers).strip();
        if (body.isEmpty()) {
            return ESSAY;
        }
        if (body.startsWith("#")) {
            return NUMERICAL;
        }
        if (unescaped(body, '~', 0) >= 0) {
            return unescaped(body, '=', 0) >= 0 ? SINGLE_CHOICE : MULTIPLE_CHOICE;
        }
        if (unescaped(body, '=', 0) >= 0 && body.contains("->")) {
            return MATCHING;
        }
        int hash = unescaped(body, '#', 0);
        String head = (hash > 0 ? body.substring(0, hash) : body).strip().toUpperCase(Locale.ROOT);
        return List.of("T", "TRUE", "F", "FALSE").contains(head) ? TRUE_FALSE : SHORT_ANSWER;
    }

    /** The kind of a question the platform read. */
    public static GiftKind of(QuestionType type) {
        return valueOf(type.name());
    }

    private static int unescaped(String text, char target, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == target) {
                return i;
            }
        }
        return -1;
    }
}
