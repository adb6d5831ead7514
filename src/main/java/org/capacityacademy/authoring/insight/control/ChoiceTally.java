package org.capacityacademy.authoring.insight.control;

import org.capacityacademy.assessment.control.ResponseFormat;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How often each option of one question was chosen, in the bank's terms. An attempt keeps its
 * answer in the order it showed the options (see {@code ResponseFormat}), so the database counts
 * answers by (order shown, answer) and this tally turns each such group into the bank's options:
 * its rows are distinct arrangements, not answers. Indexes that the question no longer has (an
 * option removed since) are skipped.
 * <ul>
 *   <li>single and multiple choice: each option chosen; wrong options are those worth no marks;</li>
 *   <li>true/false: the two values;</li>
 *   <li>matching: each pair given, item by item; a wrong option is a wrong pair.</li>
 * </ul>
 * Short answers are not tallied here: the database ranks their wrong texts itself.
 */
public final class ChoiceTally {

    private final GiftQuestion question;
    private final long[] chosen;
    private final long[] rightPairs;
    private final Map<String, Long> wrongPairs = new TreeMap<>();

    public ChoiceTally(GiftQuestion question) {
        if (!question.type().isChosenFromOptions() && question.type() != QuestionType.TRUE_FALSE) {
            throw new IllegalArgumentException("not a choice: " + question.type());
        }
        this.question = question;
        int size = question.type() == QuestionType.TRUE_FALSE ? 2 : question.answers().size();
        this.chosen = new long[size];
        this.rightPairs = new long[size];
    }

    /** Adds {@code count} answers given as {@code response} to an attempt that showed the options in these orders. */
    public void add(String optionOrder, String matchOrder, String response, long count) {
        List<GiftAnswer> answers = question.answers();
        int[] order = indexes(optionOrder);
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                for (int shown : ResponseFormat.choices(response)) {
                    int bank = at(order, shown);
                    if (bank >= 0 && bank < answers.size()) {
                        chosen[bank] += count;
                    }
                }
            }
            case TRUE_FALSE -> {
                if ("true".equals(response) || "false".equals(response)) {
                    chosen[response.equals(rightValue()) ? 0 : 1] += count;
                }
            }
            case MATCHING -> {
                int[] matches = indexes(matchOrder);
                List<Integer> given = ResponseFormat.choices(response);
                for (int shown = 0; shown < given.size(); shown++) {
                    int left = at(order, shown);
                    int right = at(matches, given.get(shown));
                    if (left < 0 || right < 0 || left >= answers.size() || right >= answers.size()) {
                        continue;
                    }
                    if (answers.get(right).match().equals(answers.get(left).match())) {
                        rightPairs[left] += count;
                    } else {
                        wrongPairs.merge(left + "\n" + answers.get(right).match(), count, Long::sum);
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    /** The wrong option chosen most often (on a tie, the first in the bank, or for matching in the pairs' order), if any was chosen. */
    public Optional<WrongOption> mostChosenWrong(long answered) {
        List<GiftAnswer> answers = question.answers();
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                int best = -1;
                for (int i = 0; i < answers.size(); i++) {
                    if (answers.get(i).weight() <= 0 && chosen[i] > 0 && (best < 0 || chosen[i] > chosen[best])) {
                        best = i;
                    }
                }
                yield best < 0 ? Optional.empty()
                        : Optional.of(new WrongOption(answers.get(best).text(), null, null, chosen[best], share(chosen[best], answered)));
            }
            case TRUE_FALSE -> chosen[1] == 0 ? Optional.empty() : Optional.of(new WrongOption(null, null,
                    !Boolean.parseBoolean(rightValue()), chosen[1], share(chosen[1], answered)));
            case MATCHING -> wrongPairs.entrySet().stream()
                    .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                    .map(pair -> {
                        String[] parts = pair.getKey().split("\n", 2);
                        return new WrongOption(answers.get(Integer.parseInt(parts[0])).text(), parts[1], null,
                                pair.getValue(), share(pair.getValue(), answered));
                    });
            default -> Optional.empty();
        };
    }

    /**
     * Whether a wrong option was chosen more often than the right one: for choices, than the least
     * chosen of the options with the highest mark; for true/false, than the right value; for
     * matching, a wrong pair more often than the right pair of the same item.
     */
    public boolean wrongBeatsRight() {
        List<GiftAnswer> answers = question.answers();
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                double top = answers.stream().mapToDouble(GiftAnswer::weight).max().orElse(0);
                long right = Long.MAX_VALUE;
                long wrong = 0;
                for (int i = 0; i < answers.size(); i++) {
                    if (answers.get(i).weight() == top && top > 0) {
                        right = Math.min(right, chosen[i]);
                    } else if (answers.get(i).weight() <= 0) {
                        wrong = Math.max(wrong, chosen[i]);
                    }
                }
                yield right != Long.MAX_VALUE && wrong > right;
            }
            case TRUE_FALSE -> chosen[1] > chosen[0];
            case MATCHING -> wrongPairs.entrySet().stream().anyMatch(pair ->
                    pair.getValue() > rightPairs[Integer.parseInt(pair.getKey().split("\n", 2)[0])]);
            default -> false;
        };
    }

    /** How often the bank's option {@code index} was chosen (for true/false: 0 the right value, 1 the wrong one). */
    public long chosen(int index) {
        return chosen[index];
    }

    private String rightValue() {
        return question.answers().get(0).text();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static int[] indexes(String list) {
        if (list == null || list.isEmpty()) {
            return new int[0];
        }
        return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static int at(int[] order, int shown) {
        return shown >= 0 && shown < order.length ? order[shown] : -1;
    }
}
