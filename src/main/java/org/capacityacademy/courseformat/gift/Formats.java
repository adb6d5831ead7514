package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.html.AuthoredHtml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The formats Moodle writes before a text ({@code [html]}, {@code [moodle]}, {@code [plain]},
 * {@code [markdown]}), on the question and on any of its answers and feedback: a question with any
 * text in HTML is kept as HTML, cleaned by the one policy for authored HTML, its plain texts
 * escaped into it; a question without is plain text, its format markers removed. The accepted
 * answers of a short answer and the right-hand sides of matching pairs are always plain text.
 */
final class Formats {

    private Formats() {
    }

    /** A text with its format marker taken off: the text, and whether the marker said HTML (null when there was none). */
    private record Marked(String text, Boolean html) {
        static Marked of(String text) {
            if (text == null) {
                return new Marked(null, null);
            }
            Matcher marker = GiftParser.FORMAT.matcher(text);
            return marker.lookingAt() ? new Marked(text.substring(marker.end()).strip(), marker.group(1).equals("html"))
                    : new Marked(text, null);
        }
    }

    static GiftQuestion apply(GiftQuestion question, boolean htmlText, boolean clean) {
        boolean choices = question.type() != QuestionType.SHORT_ANSWER && question.type() != QuestionType.TRUE_FALSE;
        List<Marked[]> answers = new ArrayList<>();
        boolean html = htmlText;
        for (GiftAnswer answer : question.answers()) {
            Marked[] fields = {Marked.of(answer.text()), Marked.of(answer.feedback()), Marked.of(answer.rightFeedback())};
            answers.add(fields);
            html |= choices && Boolean.TRUE.equals(fields[0].html()) || Boolean.TRUE.equals(fields[1].html())
                    || Boolean.TRUE.equals(fields[2].html());
        }
        Marked general = Marked.of(question.generalFeedback());
        html |= Boolean.TRUE.equals(general.html());
        List<GiftAnswer> written = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Marked[] fields = answers.get(i);
            GiftAnswer answer = question.answers().get(i);
            String text = choices ? as(fields[0], html, htmlText, clean) : fields[0].text();
            written.add(new GiftAnswer(text, answer.match(), answer.weight(), as(fields[1], html, htmlText, clean),
                    as(fields[2], html, htmlText, clean)));
        }
        return new GiftQuestion(question.id(), question.type(), html ? as(new Marked(question.text(), htmlText), true, htmlText, clean)
                : question.text(), written, as(general, html, htmlText, clean), question.cites(), question.line(),
                html ? GiftQuestion.HTML : null);
    }

    /** A text as the question holds it: HTML cleaned by the policy, plain text escaped into HTML, or plain as it is. */
    private static String as(Marked marked, boolean html, boolean htmlByDefault, boolean clean) {
        if (marked.text() == null || !html) {
            return marked.text();
        }
        boolean isHtml = marked.html() != null ? marked.html() : htmlByDefault;
        return !isHtml ? escape(marked.text()) : clean ? AuthoredHtml.sanitise(marked.text()) : marked.text();
    }

    /** A question in HTML with every HTML text cleaned by the policy (the others are plain text escaped already). */
    static GiftQuestion sanitised(GiftQuestion question) {
        return map(question, AuthoredHtml::sanitise, true);
    }

    /** A plain question with every text cleaned of tags that could run script (see {@link AuthoredHtml#cleanText}). */
    static GiftQuestion cleanedText(GiftQuestion question) {
        return map(question, AuthoredHtml::cleanText, false);
    }

    private static GiftQuestion map(GiftQuestion question, java.util.function.UnaryOperator<String> clean, boolean htmlOnly) {
        boolean choices = question.type() != QuestionType.SHORT_ANSWER && question.type() != QuestionType.TRUE_FALSE;
        java.util.function.UnaryOperator<String> each = text -> text == null ? null : clean.apply(text);
        List<GiftAnswer> answers = question.answers().stream().map(a -> new GiftAnswer(
                choices || !htmlOnly ? each.apply(a.text()) : a.text(), htmlOnly ? a.match() : each.apply(a.match()),
                a.weight(), each.apply(a.feedback()), each.apply(a.rightFeedback()))).toList();
        return new GiftQuestion(question.id(), question.type(), each.apply(question.text()), answers,
                each.apply(question.generalFeedback()), question.cites(), question.line(), question.format());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
