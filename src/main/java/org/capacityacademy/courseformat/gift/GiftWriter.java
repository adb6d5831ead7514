package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes questions as GIFT that {@link org.capacityacademy.courseformat.gift.GiftParser} reads
 * back to the same questions: the {@code // cites:} line, the {@code ::id::} title, {@code [html]}
 * before the text of a question in HTML, one answer a line, per-answer feedback after {@code #},
 * weights where an answer is worth part of the mark ({@code ~%50%}, {@code =%50%}), {@code ->}
 * pairs for matching and the general feedback after {@code ####}. The characters {@code ~ = # { } :} and
 * the backslash are escaped with a backslash, line breaks written as {@code \n}, so that each
 * question stays one block that Moodle imports too.
 */
public final class GiftWriter {

    private static final String SPECIAL = "\\~=#{}:";

    private GiftWriter() {
    }

    /** A whole bank: the header comment lines (without {@code //}), then the questions separated by blank lines. */
    public static String bank(List<String> header, List<GiftQuestion> questions) {
        StringBuilder gift = new StringBuilder();
        for (String line : header) {
            gift.append("//").append(line.isEmpty() ? "" : " " + line.replace('\n', ' ')).append('\n');
        }
        for (GiftQuestion question : questions) {
            if (!gift.isEmpty()) {
                gift.append('\n');
            }
            gift.append(question(question));
        }
        return gift.toString();
    }

    /** One question, ending with a line break. */
    public static String question(GiftQuestion question) {
        StringBuilder gift = new StringBuilder();
        if (!question.cites().isEmpty()) {
            gift.append("// cites: ").append(String.join(", ", question.cites())).append('\n');
        }
        gift.append("::").append(escape(question.id())).append("::");
        String text = escape(question.text());
        // a text opening with [ would be taken for a format marker such as [html]
        gift.append(question.html() ? " [html]" : text.startsWith("[") ? " [plain] " : " ").append(text).append(" {\n");
        switch (question.type()) {
            case TRUE_FALSE -> trueFalse(gift, question.answers().get(0));
            case SINGLE_CHOICE -> question.answers().forEach(a -> answer(gift, a.weight() >= 100 ? "=" : "~",
                    a.weight() >= 100 || a.weight() == 0 ? null : a.weight(), a));
            case MULTIPLE_CHOICE -> question.answers().forEach(a -> answer(gift, "~", a.weight() == 0 ? null : a.weight(), a));
            case SHORT_ANSWER -> question.answers().forEach(a -> answer(gift, "=", a.weight() == 100 ? null : a.weight(), a));
            case MATCHING -> question.answers().forEach(a -> answer(gift, "=", a.weight() == 100 ? null : a.weight(), a));
        }
        if (question.generalFeedback() != null) {
            gift.append("####").append(unmarked(escape(question.generalFeedback()))).append('\n');
        }
        return gift.append("}\n").toString();
    }

    private static void trueFalse(StringBuilder gift, GiftAnswer key) {
        gift.append(Boolean.parseBoolean(key.text()) ? "TRUE" : "FALSE");
        if (key.feedback() != null || key.rightFeedback() != null) {
            gift.append('#').append(unmarked(escape(orEmpty(key.feedback()))));
        }
        if (key.rightFeedback() != null) {
            gift.append('#').append(unmarked(escape(key.rightFeedback())));
        }
        gift.append('\n');
    }

    private static void answer(StringBuilder gift, String mark, Double weight, GiftAnswer answer) {
        gift.append(mark);
        if (weight != null) {
            gift.append('%').append(BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString()).append('%');
        }
        gift.append(unmarked(escape(answer.text())));
        if (answer.match() != null) {
            gift.append(" -> ").append(escape(answer.match()));
        }
        if (answer.feedback() != null) {
            gift.append('#').append(unmarked(escape(answer.feedback())));
        }
        gift.append('\n');
    }

    /** A text that begins like a format marker ({@code [html]}...) is marked as what it is, so that it reads back as it was. */
    private static String unmarked(String text) {
        return GiftParser.FORMAT.matcher(text).lookingAt() ? "[plain]" + text : text;
    }

    private static final java.util.regex.Pattern LEADING_WEIGHT = java.util.regex.Pattern.compile("^%-?\\d+(\\.\\d+)?%.*",
            java.util.regex.Pattern.DOTALL);

    /**
     * Whether an answer's text would be read as GIFT syntax whatever its escaping: a leading
     * weight such as {@code %50%}, or (for a matching pair's side) an arrow {@code ->}.
     */
    public static boolean readAsSyntax(String answer, boolean arrowIsSyntax) {
        return arrowIsSyntax && answer.contains("->") || LEADING_WEIGHT.matcher(answer).matches();
    }

    /** The text with GIFT's special characters escaped and line breaks as {@code \n}. */
    public static String escape(String text) {
        String plain = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder escaped = new StringBuilder(plain.length() + 8);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == '\n') {
                escaped.append("\\n");
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
