package org.capacityacademy.assessment;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestAnswers;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.assessment.boundary.Attempts;
import org.capacityacademy.assessment.boundary.QuizViews.ReviewView;
import org.capacityacademy.assessment.control.AnswerRefusal;
import org.capacityacademy.assessment.control.AnswerRefused;
import org.capacityacademy.assessment.entity.Attempt;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.assessment.entity.Question;
import org.capacityacademy.assessment.entity.SubmittedBy;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.learning.entity.Enrolment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attempts on the real server and database: grading of every type, the rules, the time limit, completion. */
@ExtendWith(ArquillianExtension.class)
class QuizAttemptsIT {

    private static final String COURSE = "gge-2013";

    @Inject
    AccountService accounts;

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    @Inject
    Catalog catalog;

    @Inject
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext
    EntityManager em;

    private String enrolledLearner(String name) {
        String email = TestAccounts.uniqueEmail(name);
        accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile(name));
        learning.enrol(email, course().card().id());
        return email;
    }

    private CourseOutline course() {
        return catalog.course(COURSE, "en").orElseThrow();
    }

    private List<AttemptQuestion> questionsOf(String attemptId) {
        Attempt attempt = attempt(attemptId);
        return em.createNamedQuery(AttemptQuestion.FIND_OF_ATTEMPT, AttemptQuestion.class)
                .setParameter("attempt", attempt.getId()).getResultList();
    }

    private Attempt attempt(String attemptId) {
        return em.createNamedQuery(Attempt.FIND_BY_PUBLIC_ID, Attempt.class).setParameter("id", attemptId).getSingleResult();
    }

    private String rightAnswer(AttemptQuestion asked) {
        return TestAnswers.rightAnswer(em, asked);
    }

    private QuestionType typeOf(AttemptQuestion asked) {
        return em.find(Question.class, asked.getQuestionId()).getType();
    }

    private static AnswerRefusal refusal(Executable action) {
        return assertThrows(AnswerRefused.class, action).getReason();
    }

    private void moveDeadlineToThePast(String attemptId) throws Exception {
        transaction.begin();
        em.createQuery("UPDATE Attempt a SET a.deadline = :past WHERE a.publicId = :id")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("id", attemptId).executeUpdate();
        transaction.commit();
    }

    @Test
    void everyQuestionTypeIsGradedOnTheServerAndSubmittingTwiceCountsOnce() {
        String email = enrolledLearner("grading");
        String attemptId = attempts.start(email, COURSE, "norms", "en");
        assertEquals(attemptId, attempts.start(email, COURSE, "norms", "en"), "starting again resumes the open attempt");

        List<AttemptQuestion> questions = questionsOf(attemptId);
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        questions.forEach(q -> types.add(typeOf(q)));
        assertEquals(EnumSet.allOf(QuestionType.class), types, "the norms bank has every type");
        AttemptQuestion wrong = questions.stream().filter(q -> typeOf(q) == QuestionType.TRUE_FALSE).findFirst().orElseThrow();
        for (AttemptQuestion asked : questions) {
            String answer = asked == wrong ? ("true".equals(rightAnswer(asked)) ? "false" : "true") : rightAnswer(asked);
            assertNotNull(attempts.saveAnswer(email, attemptId, asked.getPosition(), answer));
        }
        attempts.submit(email, attemptId);
        attempts.submit(email, attemptId);

        ReviewView review = attempts.review(email, attemptId, "en");
        BigDecimal expected = BigDecimal.valueOf(100L * (questions.size() - 1)).divide(BigDecimal.valueOf(questions.size()), 2,
                java.math.RoundingMode.HALF_UP);
        assertEquals(expected, review.score());
        assertTrue(review.passed());
        assertEquals(questions.size(), review.questions().size());
        assertEquals(1, review.questions().stream().filter(q -> q.verdict().equals("wrong")).count());
        assertTrue(review.questions().stream().allMatch(q -> !q.cites().isEmpty() && q.cites().get(0).href().contains("#para-")));
        assertEquals(SubmittedBy.LEARNER, review.submittedBy());
        assertEquals(1, em.createNamedQuery(Attempt.FIND_OF_QUIZ, Attempt.class)
                .setParameter("account", accounts.getByEmail(email).getId()).setParameter("course", course().card().id())
                .setParameter("quiz", "norms").getResultList().size());

        String before = questionsOf(attemptId).get(0).getResponse();
        assertEquals(AnswerRefusal.CLOSED, refusal(() -> attempts.saveAnswer(email, attemptId, 0, "0")));
        assertEquals(before, questionsOf(attemptId).get(0).getResponse(), "a closed attempt does not change");
    }

    @Test
    void refusesWhatIsNotInTheAttemptOrNotTheLearnersOwn() {
        String email = enrolledLearner("owner");
        String stranger = enrolledLearner("stranger");
        String attemptId = attempts.start(email, COURSE, "introduction", "en");
        AttemptQuestion single = questionsOf(attemptId).stream().filter(q -> typeOf(q) == QuestionType.SINGLE_CHOICE)
                .findFirst().orElseThrow();

        assertEquals(AnswerRefusal.NO_ATTEMPT, refusal(() -> attempts.saveAnswer(stranger, attemptId, single.getPosition(), "0")));
        assertEquals(AnswerRefusal.NO_ATTEMPT, refusal(() -> attempts.sheet(stranger, attemptId, "en")));
        assertEquals(AnswerRefusal.NO_ATTEMPT, refusal(() -> attempts.submit(stranger, attemptId)));
        assertEquals(AnswerRefusal.NO_ATTEMPT, refusal(() -> attempts.saveAnswer(email, "not-an-attempt", 0, "0")));
        assertEquals(AnswerRefusal.NO_SUCH_QUESTION, refusal(() -> attempts.saveAnswer(email, attemptId, 999, "0")));
        assertEquals(AnswerRefusal.NO_SUCH_OPTION, refusal(() -> attempts.saveAnswer(email, attemptId, single.getPosition(), "17")));
        assertNull(questionsOf(attemptId).get(single.getPosition()).getResponse(), "nothing refused was kept");

        String visitor = TestAccounts.uniqueEmail("not-enrolled");
        accounts.register(visitor, TestAccounts.PASSWORD, TestAccounts.profile("Visitor"));
        assertEquals(AnswerRefusal.NOT_ENROLLED, refusal(() -> attempts.start(visitor, COURSE, "introduction", "en")));
        assertEquals(AnswerRefusal.NO_QUIZ, refusal(() -> attempts.start(email, COURSE, "no-such-quiz", "en")));
    }

    @Test
    void theServerEnforcesTheTimeLimitAndTheAttemptsAllowed() throws Exception {
        String email = enrolledLearner("timed");
        String first = attempts.start(email, COURSE, "final", "en");
        Attempt started = attempt(first);
        assertEquals(40, started.getRules().getTimeLimit());
        assertEquals(24, questionsOf(first).size(), "the final assessment draws 24 questions from every bank");
        AttemptQuestion answered = questionsOf(first).get(0);
        attempts.saveAnswer(email, first, 0, rightAnswer(answered));

        moveDeadlineToThePast(first);
        assertEquals(AnswerRefusal.TIME_UP, refusal(() -> attempts.saveAnswer(email, first, 1, rightAnswer(questionsOf(first).get(1)))));
        ReviewView timedOut = attempts.review(email, first, "en");
        assertEquals(SubmittedBy.TIME_LIMIT, timedOut.submittedBy());
        assertEquals(new BigDecimal("4.17"), timedOut.score(), "1 of 24 saved answers counts; the late one does not");
        assertFalse(timedOut.feedbackShown(), "after-last-attempt: no right answers while attempts are left");

        String second = attempts.start(email, COURSE, "final", "en");
        moveDeadlineToThePast(second);
        assertTrue(attempts.overdue().contains(second), "the sweep finds attempts nobody came back to");
        attempts.submitOverdue(second);
        assertTrue(attempt(second).isSubmitted());

        String third = attempts.start(email, COURSE, "final", "en");
        attempts.submit(email, third);
        assertEquals(AnswerRefusal.NO_ATTEMPTS_LEFT, refusal(() -> attempts.start(email, COURSE, "final", "en")));
        assertTrue(attempts.review(email, first, "en").feedbackShown(), "out of attempts: the right answers are shown");
    }

    @Test
    void passingTheFinalAssessmentAfterEveryLessonCompletesTheCourseOnce() {
        String email = enrolledLearner("completes");
        long courseId = course().card().id();
        List<Long> lessons = new ArrayList<>();
        course().modules().forEach(m -> m.lessons().forEach(l -> lessons.add(l.id())));
        lessons.subList(1, lessons.size()).forEach(lesson -> learning.complete(email, courseId, lesson));

        String attemptId = attempts.start(email, COURSE, "final", "en");
        questionsOf(attemptId).forEach(q -> attempts.saveAnswer(email, attemptId, q.getPosition(), rightAnswer(q)));
        attempts.submit(email, attemptId);
        assertEquals(0, new BigDecimal("100.00").compareTo(attempts.review(email, attemptId, "en").score()));
        assertNull(enrolment(email).getCompletedAt(), "one lesson is still to do");

        learning.complete(email, courseId, lessons.get(0));
        Instant completed = enrolment(email).getCompletedAt();
        assertNotNull(completed);
        learning.complete(email, courseId, lessons.get(0));
        assertEquals(completed, enrolment(email).getCompletedAt(), "completed once");
    }

    @Test
    void twoStartsOrTwoSubmissionsAtTheSameMomentCountOnce() throws Exception {
        String email = enrolledLearner("double-click");
        List<Future<String>> starts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            starts.add(executor.submit(() -> attempts.start(email, COURSE, "cooperation", "en")));
        }
        Set<String> started = new java.util.HashSet<>();
        for (Future<String> start : starts) {
            started.add(start.get(30, TimeUnit.SECONDS));
        }
        assertEquals(1, started.size(), "one attempt, however many clicks");
        String attemptId = started.iterator().next();

        List<Future<?>> submissions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            submissions.add(executor.submit(() -> attempts.submit(email, attemptId)));
        }
        for (Future<?> submission : submissions) {
            submission.get(30, TimeUnit.SECONDS);
        }
        // read in a transaction of its own: the tasks run on the executor may have closed this request's
        // entity manager that works without one
        transaction.begin();
        try {
            assertTrue(attempt(attemptId).isSubmitted());
            assertEquals(1, em.createNamedQuery(Attempt.FIND_OF_QUIZ, Attempt.class)
                    .setParameter("account", accounts.getByEmail(email).getId()).setParameter("course", course().card().id())
                    .setParameter("quiz", "cooperation").getResultList().size());
        } finally {
            transaction.commit();
        }
    }

    private Enrolment enrolment(String email) {
        return em.createNamedQuery(Enrolment.FIND, Enrolment.class).setParameter("account", accounts.getByEmail(email).getId())
                .setParameter("course", course().card().id()).getSingleResult();
    }
}
