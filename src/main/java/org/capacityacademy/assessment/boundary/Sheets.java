package org.capacityacademy.assessment.boundary;

import org.capacityacademy.assessment.boundary.QuizViews.Citation;
import org.capacityacademy.assessment.boundary.QuizViews.QuestionView;
import org.capacityacademy.assessment.boundary.QuizViews.ReviewedOption;
import org.capacityacademy.assessment.boundary.QuizViews.ReviewedQuestion;
import org.capacityacademy.assessment.control.Grader;
import org.capacityacademy.assessment.control.ResponseFormat;
import org.capacityacademy.assessment.entity.Attempt;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.catalog.boundary.CatalogViews.QuizOutline;
import org.capacityacademy.catalog.entity.QuizRules;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.capacityacademy.courseformat.html.AuthoredHtml;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns attempt questions and their bank content into what the attempt and review pages show. */
final class Sheets {

    private Sheets() {
    }

    static QuestionView question(AttemptQuestion asked, GiftQuestion content) {
        List<GiftAnswer> answers = content.answers();
        List<String> options = asked.getOptionOrder().stream().map(i -> shown(content, answers.get(i).text())).toList();
        List<String> matches = asked.getMatchOrder().stream().map(i -> answers.get(i).match()).toList();
        List<Integer> chosen = content.type().isChosenFromOptions() ? ResponseFormat.choices(asked.getResponse()) : List.of();
        return new QuestionView(asked.getPosition(), typeName(content), shown(content, content.text()), options, matches,
                asked.getResponse(), chosen, asked.getAnsweredAt(), content.html());
    }

    static ReviewedQuestion reviewed(AttemptQuestion asked, GiftQuestion content, List<Citation> cites) {
        List<GiftAnswer> answers = content.answers();
        String response = asked.getResponse();
        List<Integer> chosen = content.type().isChosenFromOptions() ? ResponseFormat.choices(response) : List.of();
        List<ReviewedOption> options = new ArrayList<>();
        String feedback = null;
        String given = null;
        List<String> accepted = List.of();
        switch (content.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<Integer> order = asked.getOptionOrder();
                for (int shown = 0; shown < order.size(); shown++) {
                    GiftAnswer answer = answers.get(order.get(shown));
                    boolean picked = response != null && chosen.contains(shown);
                    boolean right = content.type() == QuestionType.SINGLE_CHOICE ? answer.weight() >= 100 : answer.weight() > 0;
                    options.add(new ReviewedOption(shown(content, answer.text()), picked, right,
                            picked ? shown(content, answer.feedback()) : null, null, null));
                }
            }
            case MATCHING -> {
                List<Integer> lefts = asked.getOptionOrder();
                List<Integer> rights = asked.getMatchOrder();
                for (int shown = 0; shown < lefts.size(); shown++) {
                    GiftAnswer left = answers.get(lefts.get(shown));
                    int choice = shown < chosen.size() ? chosen.get(shown) : -1;
                    String picked = choice >= 0 ? answers.get(rights.get(choice)).match() : null;
                    options.add(new ReviewedOption(shown(content, left.text()), picked != null,
                            choice >= 0 && Grader.pairsRight(answers, lefts.get(shown), rights.get(choice)),
                            null, picked, left.match()));
                }
            }
            case TRUE_FALSE -> {
                GiftAnswer key = answers.get(0);
                if (response != null) {
                    feedback = shown(content, key.text().equals(response) ? key.rightFeedback() : key.feedback());
                }
                given = response;
                accepted = List.of(key.text());
            }
            case SHORT_ANSWER -> {
                given = response;
                accepted = answers.stream().filter(a -> a.weight() > 0).map(GiftAnswer::text).toList();
                feedback = response == null ? null : shown(content, Grader.accepted(content, response).map(GiftAnswer::feedback).orElse(null));
            }
        }
        BigDecimal score = asked.getScore() == null ? BigDecimal.ZERO : asked.getScore();
        return new ReviewedQuestion(asked.getPosition() + 1, typeName(content), shown(content, content.text()), score,
                verdict(response, score), options, given, accepted, feedback, shown(content, content.generalFeedback()), cites,
                content.html());
    }

    /**
     * A text of a question as a page puts it: plain text as it is (the page escapes it), HTML cleaned
     * by the one policy again and made phrasing content, for a legend, a label or a paragraph.
     */
    private static String shown(GiftQuestion content, String text) {
        if (text == null || text.isBlank()) {
            return text == null || content.html() ? null : text;
        }
        return content.html() ? AuthoredHtml.phrasing(text) : text;
    }

    /** Whether per-question feedback may be shown now, given every attempt of the learner at this quiz. */
    static boolean feedbackShown(QuizRules rules, List<Attempt> attempts) {
        return switch (rules.getFeedback()) {
            case AFTER_SUBMIT -> true;
            case SCORE_ONLY -> false;
            case AFTER_LAST_ATTEMPT -> attempts.stream().anyMatch(Attempt::isPassed)
                    || (!rules.isUnlimited() && attempts.stream().filter(Attempt::isSubmitted).count() >= rules.getAttempts());
        };
    }

    /** Links to the lessons quoting the cited paragraphs, e.g. {@code 32(c)} to the lesson quoting paragraph 32. */
    static List<Citation> citations(Map<String, String> lessonOfSection, QuizOutline quiz, List<String> cites) {
        List<Citation> citations = new ArrayList<>();
        for (String cite : cites) {
            String label = cite.strip();
            if (label.isEmpty()) {
                continue;
            }
            String section = label.replaceAll("\\(.*$", "");
            String lesson = lessonOfSection.get(section);
            String anchor = section.matches("\\d+") ? "para-" + section : "part-" + section;
            citations.add(new Citation(label, lesson == null ? null : "/catalog/lesson.xhtml?course="
                    + encode(quiz.courseCode()) + "&lesson=" + encode(lesson) + "#" + anchor));
        }
        return citations;
    }

    private static String verdict(String response, BigDecimal score) {
        if (response == null) {
            return "unanswered";
        }
        if (score.compareTo(BigDecimal.ONE) >= 0) {
            return "right";
        }
        return score.signum() > 0 ? "partly" : "wrong";
    }

    private static String typeName(GiftQuestion content) {
        return content.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
