package org.capacityacademy.assessment.boundary;

import org.capacityacademy.assessment.boundary.QuizViews.Citation;
import org.capacityacademy.assessment.boundary.QuizViews.QuestionView;
import org.capacityacademy.assessment.boundary.QuizViews.ReviewedQuestion;
import org.capacityacademy.assessment.control.AnswerRefused;
import org.capacityacademy.assessment.control.Grader;
import org.capacityacademy.assessment.control.QuestionDraw;
import org.capacityacademy.assessment.control.ResponseFormat;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.courseformat.gift.GiftQuestion;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Questions not yet published (an author's draft) shown and marked exactly as an attempt shows
 * and marks them, with nothing stored: the same drawing of option orders, the same sheet, the
 * same reading of the posted form and the same grading and review as {@link Attempts}.
 */
public final class QuizPreview {

    private static final QuestionDraw DRAW = new QuestionDraw(new SecureRandom());

    private QuizPreview() {
    }

    /** The order in which one question's options (and, for matching, right-hand sides) are shown. */
    public record Order(List<Integer> options, List<Integer> matches) implements Serializable {
    }

    /** The orders for each question, drawn as a new attempt draws them. */
    public static List<Order> draw(List<GiftQuestion> questions, boolean shuffle) {
        return questions.stream().map(q -> new Order(
                DRAW.options(q.type(), q.answers().size(), shuffle), DRAW.matches(q.type(), q.answers().size()))).toList();
    }

    /** The questions as the attempt page shows them, with the answers of {@code form} when it holds any. */
    public static List<QuestionView> sheet(List<GiftQuestion> questions, List<Order> orders, Map<String, String[]> form) {
        return asked(questions, orders, form).stream()
                .map(asked -> Sheets.question(asked, questions.get(asked.getPosition()))).toList();
    }

    /** The posted answers marked and reviewed as a submitted attempt with feedback shown; a score from 0 to 100. */
    public static Checked check(List<GiftQuestion> questions, List<Order> orders, Map<String, String[]> form) {
        List<ReviewedQuestion> reviewed = new ArrayList<>();
        double total = 0;
        for (AttemptQuestion asked : asked(questions, orders, form)) {
            GiftQuestion content = questions.get(asked.getPosition());
            asked.grade(Grader.score(content, asked.getOptionOrder(), asked.getMatchOrder(), asked.getResponse()));
            total += asked.getScore().doubleValue();
            List<Citation> cites = content.cites().stream().map(c -> new Citation(c, null)).toList();
            reviewed.add(Sheets.reviewed(asked, content, cites));
        }
        int score = questions.isEmpty() ? 0 : (int) Math.round(100 * total / questions.size());
        return new Checked(score, reviewed);
    }

    /** A checked preview: the score in per cent and each question's review. */
    public record Checked(int score, List<ReviewedQuestion> questions) implements Serializable {
    }

    private static List<AttemptQuestion> asked(List<GiftQuestion> questions, List<Order> orders, Map<String, String[]> form) {
        List<AttemptQuestion> asked = new ArrayList<>();
        Instant now = Instant.now();
        for (int position = 0; position < questions.size(); position++) {
            GiftQuestion content = questions.get(position);
            Order order = orders.get(position);
            AttemptQuestion question = new AttemptQuestion(0, position, 0, order.options(), order.matches());
            if (form != null) {
                String raw = FormAnswers.of(Sheets.question(question, content), form);
                if (raw != null) {
                    try {
                        question.answer(ResponseFormat.canonical(content.type(), order.options().size(),
                                order.matches().size(), raw), now);
                    } catch (AnswerRefused refused) {
                        // an answer naming no option shown is left unanswered, as the attempt's API refuses it
                    }
                }
            }
            asked.add(question);
        }
        return asked;
    }
}
