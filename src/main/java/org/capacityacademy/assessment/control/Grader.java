package org.capacityacademy.assessment.control;

import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Marks one answer from 0 to 1, on the server only, the way Moodle marks GIFT questions:
 * a choice earns its weight; several choices the sum of their weights (wrong ones may take
 * marks away), never below 0 or above 1; matching earns its share of right pairs; a short
 * answer the weight of the accepted answer it matches.
 */
public final class Grader {

    private Grader() {
    }

    /**
     * @param optionOrder the bank's answer indexes in the order shown (for matching: the left-hand items)
     * @param matchOrder  for matching, the right-hand sides' indexes in the order shown
     * @param response    the canonical answer ({@link ResponseFormat}); null when unanswered
     */
    public static BigDecimal score(GiftQuestion question, List<Integer> optionOrder, List<Integer> matchOrder,
                                   String response) {
        if (response == null) {
            return BigDecimal.ZERO.setScale(4);
        }
        List<GiftAnswer> answers = question.answers();
        double score = switch (question.type()) {
            case SINGLE_CHOICE -> answers.get(optionOrder.get(Integer.parseInt(response))).weight() / 100;
            case MULTIPLE_CHOICE -> ResponseFormat.choices(response).stream()
                    .mapToDouble(shown -> answers.get(optionOrder.get(shown)).weight()).sum() / 100;
            case TRUE_FALSE -> answers.get(0).text().equals(response) ? 1 : 0;
            case MATCHING -> matchingScore(answers, optionOrder, matchOrder, ResponseFormat.choices(response));
            case SHORT_ANSWER -> accepted(question, response).map(a -> a.weight() / 100).orElse(0.0);
        };
        return BigDecimal.valueOf(Math.max(0, Math.min(1, score))).setScale(4, RoundingMode.HALF_UP);
    }

    /** Whether a shown right-hand choice is the one for the shown left-hand item. */
    public static boolean pairsRight(List<GiftAnswer> answers, int left, int right) {
        return right >= 0 && answers.get(right).match().equals(answers.get(left).match());
    }

    /**
     * The answer of a short answer that a response matches, the best-weighted first: an accepted
     * answer (its weight is the mark), or one worth nothing that is there for its feedback, such as
     * Moodle's {@code =%0%*#...}. A {@code *} in an answer matches any text.
     */
    public static java.util.Optional<GiftAnswer> accepted(GiftQuestion question, String response) {
        String given = ResponseFormat.comparable(response);
        return question.answers().stream()
                .filter(a -> a.weight() >= 0 && matches(ResponseFormat.comparable(a.text()), given))
                .max(java.util.Comparator.comparingDouble(GiftAnswer::weight));
    }

    private static boolean matches(String answer, String given) {
        if (answer.indexOf('*') < 0) {
            return answer.equals(given);
        }
        StringBuilder pattern = new StringBuilder();
        for (String part : answer.split("\\*", -1)) {
            pattern.append(pattern.isEmpty() ? "" : ".*").append(java.util.regex.Pattern.quote(part));
        }
        return java.util.regex.Pattern.compile(pattern.toString(), java.util.regex.Pattern.DOTALL).matcher(given).matches();
    }

    private static double matchingScore(List<GiftAnswer> answers, List<Integer> lefts, List<Integer> rights,
                                        List<Integer> chosen) {
        int right = 0;
        for (int shown = 0; shown < lefts.size() && shown < chosen.size(); shown++) {
            int choice = chosen.get(shown);
            if (choice >= 0 && pairsRight(answers, lefts.get(shown), rights.get(choice))) {
                right++;
            }
        }
        return (double) right / lefts.size();
    }

    /** The type-specific count of options shown: answers for choices and matching, none otherwise. */
    public static int optionsShown(QuestionType type, int answers) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, MATCHING -> answers;
            case TRUE_FALSE, SHORT_ANSWER -> 0;
        };
    }
}
