package org.capacityacademy.assessment.control;

import org.capacityacademy.catalog.entity.QuizRules;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Which questions an attempt gets, in which order, and in which order their options are shown. */
public final class QuestionDraw {

    private final Random random;

    public QuestionDraw(Random random) {
        this.random = random;
    }

    /**
     * The questions of a new attempt: {@code rules.draw} of them at random (all when 0), in random
     * order when the quiz shuffles, else in the bank's order.
     */
    public <T> List<T> questions(List<T> bank, QuizRules rules) {
        List<Integer> indexes = new ArrayList<>(IntStream.range(0, bank.size()).boxed().toList());
        Collections.shuffle(indexes, random);
        int count = rules.getDraw() == 0 ? bank.size() : Math.min(rules.getDraw(), bank.size());
        List<Integer> chosen = new ArrayList<>(indexes.subList(0, count));
        if (!rules.isShuffle()) {
            Collections.sort(chosen);
        }
        return chosen.stream().map(bank::get).toList();
    }

    /** The order in which a question's answers (for matching, its left-hand items) are shown. */
    public List<Integer> options(QuestionType type, int answers, boolean shuffle) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, Grader.optionsShown(type, answers)).boxed().toList());
        if (shuffle) {
            Collections.shuffle(order, random);
        }
        return order;
    }

    /** For matching, the order of the right-hand choices: always shuffled, or the pairs would line up. */
    public List<Integer> matches(QuestionType type, int answers) {
        if (type != QuestionType.MATCHING) {
            return List.of();
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, answers).boxed().toList());
        Collections.shuffle(order, random);
        return order;
    }
}
