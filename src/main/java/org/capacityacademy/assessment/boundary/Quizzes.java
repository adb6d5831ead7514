package org.capacityacademy.assessment.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.assessment.boundary.QuizViews.AttemptSummary;
import org.capacityacademy.assessment.boundary.QuizViews.QuizView;
import org.capacityacademy.assessment.entity.Attempt;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.ReaderLanguages;
import org.capacityacademy.catalog.boundary.CatalogViews.QuizOutline;
import org.capacityacademy.catalog.entity.QuizRules;
import org.capacityacademy.learning.boundary.Learning;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Quizzes as a learner sees them before starting: rules, attempts so far, best score. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Quizzes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    AccountService accounts;

    @Inject
    Learning learning;

    @Inject
    QuestionBanks banks;

    Clock clock = Clock.systemUTC();

    /** A learner's standing in one quiz of a course, for the course page. */
    public record QuizStanding(BigDecimal best, boolean passed, int attempts) implements Serializable {
    }

    /** The quiz page; {@code email} is null for visitors, who see the rules only. */
    public Optional<QuizView> overview(String email, String courseCode, String quizCode, String language) {
        return overview(email, courseCode, quizCode, ReaderLanguages.of(language));
    }

    /** The quiz page, in the language the reader gets the course in. */
    public Optional<QuizView> overview(String email, String courseCode, String quizCode, ReaderLanguages reader) {
        return catalog.quiz(courseCode, quizCode, reader).map(quiz -> {
            List<Attempt> attempts = email == null ? List.of() : attemptsOf(email, quiz);
            boolean enrolled = email != null && learning.progress(email, quiz.courseId()).enrolled();
            QuizRules rules = quiz.rules();
            Map<Long, Long> counts = banks.countsByModule(quiz.courseId());
            int bank = (int) quiz.bankModules().stream().mapToLong(m -> counts.getOrDefault(m, 0L)).sum();
            int questions = rules.getDraw() == 0 ? bank : Math.min(rules.getDraw(), bank);
            String open = attempts.stream().filter(a -> a.isOpenAt(clock.instant())).map(Attempt::getPublicId)
                    .findFirst().orElse(null);
            int left = rules.isUnlimited() ? -1 : Math.max(0, rules.getAttempts() - attempts.size());
            BigDecimal best = attempts.stream().filter(Attempt::isSubmitted).map(Attempt::getScore)
                    .max(Comparator.naturalOrder()).orElse(null);
            return new QuizView(quiz.courseCode(), quiz.courseTitle(), quiz.code(), quiz.title(), quiz.language(),
                    quiz.isFinalAssessment(), questions, rules.getPassMark(), rules.getAttempts(), rules.getTimeLimit(),
                    rules.getFeedback(), enrolled, attempts.stream().map(Quizzes::summary).toList(), open, left, best,
                    attempts.stream().anyMatch(Attempt::isPassed));
        });
    }

    /** Best score and pass per quiz code of a course, for the learner signed in. */
    public Map<String, QuizStanding> standings(String email, long courseId) {
        Map<String, QuizStanding> standings = new HashMap<>();
        Optional<Long> account = accounts.findByEmail(email).map(a -> a.getId());
        if (account.isEmpty()) {
            return standings;
        }
        for (Attempt attempt : em.createNamedQuery(Attempt.FIND_OF_COURSE, Attempt.class)
                .setParameter("account", account.get()).setParameter("course", courseId).getResultList()) {
            QuizStanding before = standings.getOrDefault(attempt.getQuizCode(), new QuizStanding(null, false, 0));
            BigDecimal best = before.best();
            if (attempt.isSubmitted() && (best == null || attempt.getScore().compareTo(best) > 0)) {
                best = attempt.getScore();
            }
            standings.put(attempt.getQuizCode(), new QuizStanding(best, before.passed() || attempt.isPassed(),
                    before.attempts() + 1));
        }
        return standings;
    }

    private List<Attempt> attemptsOf(String email, QuizOutline quiz) {
        return accounts.findByEmail(email).map(account -> em.createNamedQuery(Attempt.FIND_OF_QUIZ, Attempt.class)
                .setParameter("account", account.getId()).setParameter("course", quiz.courseId())
                .setParameter("quiz", quiz.code()).getResultList()).orElse(List.of());
    }

    private static AttemptSummary summary(Attempt attempt) {
        return new AttemptSummary(attempt.getPublicId(), attempt.getNumber(), attempt.isSubmitted(),
                attempt.getStartedAt(), attempt.getSubmittedAt(), attempt.getScore(), attempt.isPassed(),
                attempt.getSubmittedBy());
    }
}
