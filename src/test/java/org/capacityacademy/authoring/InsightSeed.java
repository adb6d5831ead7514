package org.capacityacademy.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.TestAnswers;
import org.capacityacademy.TestCourses;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.assessment.boundary.Attempts;
import org.capacityacademy.assessment.entity.Attempt;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.assessment.entity.Question;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.learning.boundary.Learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Seeds what the instructors' view is tested on: a copy of the shipped course started and
 * published by its author, and learners who take the norms quiz with answers known in advance.
 */
@ApplicationScoped
public class InsightSeed {

    @Inject
    Drafts drafts;

    @Inject
    Catalog catalog;

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    @Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    /** A copy of the shipped course under this code, started and published by the author (who thereby authors it); its id. */
    public long publishedCourse(String author, String code) {
        drafts.start(author, code, TestCourses.filesOfTheCourse(code));
        drafts.publish(author, code, false);
        return catalog.course(code, "en").orElseThrow().card().id();
    }

    /**
     * Four learners, enrolled, who take the norms quiz: the first answers every question right;
     * the second chooses the bank's second option of norms-1; the third that too, "true" for
     * norms-8, "A/68/98" for norms-4 and a right and a wrong option for norms-5; the fourth the
     * third option of norms-1, "true", " a/68/98 ", every option but the last for norms-5 and one
     * wrong pair for norms-10 (the rest right).
     */
    public List<String> fourLearners(String course, long courseId, List<String> emails) {
        for (String email : emails) {
            learning.enrol(email, courseId);
        }
        takeNorms(emails.get(0), course, Map.of());
        takeNorms(emails.get(1), course, Map.of("norms-1", q -> shown(q, 1)));
        takeNorms(emails.get(2), course, Map.of("norms-1", q -> shown(q, 1), "norms-8", q -> "true",
                "norms-4", q -> "A/68/98", "norms-5", q -> shown(q, 0, 2)));
        takeNorms(emails.get(3), course, Map.of("norms-1", q -> shown(q, 2), "norms-8", q -> "true",
                "norms-4", q -> "  a/68/98 ", "norms-5", q -> shown(q, 0, 1, 2),
                "norms-10", InsightSeed::legalApproachesMatchedWithProxies));
        return emails;
    }

    /**
     * Takes the norms quiz, answering every question right except those given: by question code,
     * the answer as a function of what the attempt shows.
     */
    public void takeNorms(String email, String course, Map<String, Function<AttemptQuestion, String>> wrong) {
        String attemptId = attempts.start(email, course, "norms", "en");
        Attempt attempt = em.createNamedQuery(Attempt.FIND_BY_PUBLIC_ID, Attempt.class).setParameter("id", attemptId)
                .getSingleResult();
        for (AttemptQuestion asked : em.createNamedQuery(AttemptQuestion.FIND_OF_ATTEMPT, AttemptQuestion.class)
                .setParameter("attempt", attempt.getId()).getResultList()) {
            String code = em.find(Question.class, asked.getQuestionId()).getCode();
            String answer = wrong.containsKey(code) ? wrong.get(code).apply(asked) : TestAnswers.rightAnswer(em, asked);
            attempts.saveAnswer(email, attemptId, asked.getPosition(), answer);
        }
        attempts.submit(email, attemptId);
    }

    /** The options shown, as indexes on the page, of these options of the bank. */
    public static String shown(AttemptQuestion asked, int... bank) {
        return IntStream.of(bank).map(b -> asked.getOptionOrder().indexOf(b)).sorted().mapToObj(String::valueOf)
                .collect(Collectors.joining(","));
    }

    /** A matching answer: the first item (bank 0) paired with the second's right-hand side, the second left blank, the rest right. */
    public static String legalApproachesMatchedWithProxies(AttemptQuestion asked) {
        List<String> given = new ArrayList<>();
        for (int left : asked.getOptionOrder()) {
            int right = left == 0 ? 1 : left;
            given.add(left == 1 ? "" : String.valueOf(asked.getMatchOrder().indexOf(right)));
        }
        return String.join(",", given);
    }
}
