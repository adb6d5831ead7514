package org.capacityacademy;

import jakarta.persistence.EntityManager;
import org.capacityacademy.assessment.boundary.QuestionBanks;
import org.capacityacademy.assessment.control.Grader;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.assessment.entity.Question;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Right answers for in-container tests, worked out from the bank and the order an attempt shows. */
public final class TestAnswers {

    private TestAnswers() {
    }

    /** The right answer as the page would send it. */
    public static String rightAnswer(EntityManager em, AttemptQuestion asked) {
        Question question = em.find(Question.class, asked.getQuestionId());
        GiftQuestion content = QuestionBanks.content(question, "en");
        List<GiftAnswer> answers = content.answers();
        List<Integer> shown = asked.getOptionOrder();
        return switch (content.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> IntStream.range(0, shown.size())
                    .filter(i -> answers.get(shown.get(i)).weight() > 0).mapToObj(String::valueOf).collect(Collectors.joining(","));
            case TRUE_FALSE -> answers.get(0).text();
            case MATCHING -> IntStream.range(0, shown.size()).mapToObj(left -> String.valueOf(IntStream
                    .range(0, asked.getMatchOrder().size())
                    .filter(right -> Grader.pairsRight(answers, shown.get(left), asked.getMatchOrder().get(right)))
                    .findFirst().orElseThrow())).collect(Collectors.joining(","));
            case SHORT_ANSWER -> "  " + answers.get(0).text().toUpperCase() + " ";
        };
    }
}
