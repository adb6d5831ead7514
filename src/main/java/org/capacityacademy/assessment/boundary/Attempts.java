package org.capacityacademy.assessment.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.assessment.boundary.QuizViews.AttemptView;
import org.capacityacademy.assessment.boundary.QuizViews.ReviewView;
import org.capacityacademy.assessment.control.AnswerRefusal;
import org.capacityacademy.assessment.control.AnswerRefused;
import org.capacityacademy.assessment.control.AnswerSheet;
import org.capacityacademy.assessment.control.Grader;
import org.capacityacademy.assessment.control.QuestionDraw;
import org.capacityacademy.assessment.control.ResponseFormat;
import org.capacityacademy.assessment.entity.Attempt;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.assessment.entity.Paper;
import org.capacityacademy.assessment.entity.Question;
import org.capacityacademy.assessment.entity.SubmittedBy;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.ReaderLanguages;
import org.capacityacademy.catalog.boundary.CatalogViews.QuizOutline;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.platform.control.Instants;
import org.capacityacademy.platform.control.ReadOnly;
import org.capacityacademy.tracking.boundary.LearningEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quiz attempts of the person signed in: start or resume, save each answer as it is given,
 * submit once, review. Every method checks that the attempt is the caller's own; the time
 * limit is enforced here, whatever the page does.
 */
@Stateless
public class Attempts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Catalog catalog;

    @Inject
    Learning learning;

    @Inject
    QuestionBanks banks;

    @Inject
    AttemptEvents events;

    @Inject
    Event<AttemptGraded> graded;

    Clock clock = Clock.systemUTC();

    private final QuestionDraw draw = new QuestionDraw(new SecureRandom());

    /** The attempt under way, or a new one if the rules allow it; returns its id. */
    public String start(String email, String courseCode, String quizCode, String language) {
        return start(email, courseCode, quizCode, ReaderLanguages.of(language));
    }

    /** The attempt under way, or a new one in the language the reader gets the course in; returns its id. */
    public String start(String email, String courseCode, String quizCode, ReaderLanguages reader) {
        QuizOutline quiz = catalog.quiz(courseCode, quizCode, reader)
                .orElseThrow(() -> new AnswerRefused(AnswerRefusal.NO_QUIZ));
        long account = accounts.getIdOf(email);
        if (!learning.holdEnrolment(email, quiz.courseId())) {
            throw new AnswerRefused(AnswerRefusal.NOT_ENROLLED);
        }
        List<Attempt> attempts = em.createNamedQuery(Attempt.FIND_OF_QUIZ, Attempt.class)
                .setParameter("account", account).setParameter("course", quiz.courseId())
                .setParameter("quiz", quiz.code()).getResultList();
        Instant now = clock.instant();
        for (Attempt attempt : attempts) {
            if (attempt.isOverdueAt(now)) {
                submit(attempt, SubmittedBy.TIME_LIMIT, now);
            } else if (!attempt.isSubmitted()) {
                return attempt.getPublicId();
            }
        }
        if (!quiz.rules().isUnlimited() && attempts.size() >= quiz.rules().getAttempts()) {
            throw new AnswerRefused(AnswerRefusal.NO_ATTEMPTS_LEFT);
        }
        List<Question> chosen = draw.questions(banks.inUse(quiz.bankModules()), quiz.rules());
        if (chosen.isEmpty()) {
            // a module added in the editor whose bank is still empty has no quiz to take yet
            throw new AnswerRefused(AnswerRefusal.NO_QUIZ);
        }
        Attempt attempt = new Attempt(account, quiz.courseId(), quiz.code(), quiz.moduleId(), attempts.size() + 1,
                quiz.rules().copy(), quiz.language(), now);
        em.persist(attempt);
        em.flush();
        for (int position = 0; position < chosen.size(); position++) {
            Question question = chosen.get(position);
            int answers = QuestionBanks.content(question, quiz.language()).answers().size();
            em.persist(new AttemptQuestion(attempt.getId(), position, question.getId(),
                    draw.options(question.getType(), answers, quiz.rules().isShuffle()),
                    draw.matches(question.getType(), answers)));
        }
        events.attempted(attempt, quiz);
        return attempt.getPublicId();
    }

    /** The attempt to answer, with every answer saved so far; refused once it is submitted or its time is up. */
    public AttemptView sheet(String email, String attemptId, String language) {
        return sheet(email, attemptId, ReaderLanguages.of(language));
    }

    /** The attempt to answer, in the language the reader gets the course in. */
    public AttemptView sheet(String email, String attemptId, ReaderLanguages reader) {
        Attempt attempt = openOwn(email, attemptId);
        QuizOutline quiz = quizOf(attempt, reader);
        Instant now = clock.instant();
        long secondsLeft = attempt.getDeadline() == null ? -1
                : Math.max(0, Duration.between(now, attempt.getDeadline()).toSeconds());
        return new AttemptView(attempt.getPublicId(), quiz.courseCode(), quiz.courseTitle(), quiz.code(), quiz.title(),
                quiz.language(), attempt.getNumber(), attempt.getDeadline(), secondsLeft,
                questionsOf(attempt).stream().map(q -> Sheets.question(q, content(q, quiz.language()))).toList());
    }

    /** Keeps one answer at once; returns when it was saved. */
    public Instant saveAnswer(String email, String attemptId, int position, String answer) {
        return saveAnswer(email, attemptId, position, answer, null).savedAt();
    }

    /**
     * What saving an answer to this attempt needs to know (for {@link AnswerSaving}), if it is the
     * caller's and open now; read with the attempt's questions, their content and the learner's name.
     */
    public Optional<AnswerSheet> answerSheet(String email, String attemptId) {
        Attempt attempt;
        try {
            attempt = own(email, attemptId);
        } catch (AnswerRefused refused) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!attempt.isOpenAt(now)) {
            return Optional.empty();
        }
        List<AnswerSheet.Asked> questions = questionsOf(attempt).stream().map(asked -> {
            Question question = em.find(Question.class, asked.getQuestionId(), ReadOnly.HINTS);
            return AnswerSheets.asked(asked, question, content(asked, attempt.getLanguage()));
        }).toList();
        Optional<org.capacityacademy.account.entity.Account> actor = accounts.find(attempt.getAccountId());
        return Optional.of(new AnswerSheet(attempt.getId(), attempt.getPublicId(), attempt.getAccountId(), email,
                attempt.getLanguage(), catalog.courseCode(attempt.getCourseId()),
                actor.map(a -> a.getProfile().getFullName()).orElse(null),
                actor.map(a -> a.getProfile().getPreferredLanguage()).orElse(null), questions, now));
    }

    /**
     * What became of an answer a device kept and sent later: saved at {@code savedAt}, or
     * {@code superseded} when the question already holds an answer given after it (on another device).
     */
    public record SavedAnswer(Instant savedAt, boolean superseded) {
    }

    /**
     * Keeps an answer given at {@code givenAt} (the device's time, taken as no earlier than the
     * attempt's start and no later than now; null for now), provided it reaches the server while the
     * attempt is open: the server's clock decides. Of two answers to a question, the one given last is kept.
     */
    public SavedAnswer saveAnswer(String email, String attemptId, int position, String answer, Instant givenAt) {
        Attempt attempt = openOwn(email, attemptId);
        AttemptQuestion asked = em.find(AttemptQuestion.class, new AttemptQuestion.Key(attempt.getId(), position));
        if (asked == null) {
            throw new AnswerRefused(AnswerRefusal.NO_SUCH_QUESTION);
        }
        Question question = em.find(Question.class, asked.getQuestionId(), ReadOnly.HINTS);
        String canonical = ResponseFormat.canonical(question.getType(), asked.getOptionOrder().size(),
                asked.getMatchOrder().size(), answer);
        Instant now = clock.instant();
        Instant given = givenAt == null ? now : Instants.within(givenAt, attempt.getStartedAt(), now);
        if (asked.getAnsweredAt() != null && asked.getAnsweredAt().isAfter(given)) {
            return new SavedAnswer(now, true);
        }
        if (canonical.equals(asked.getResponse())) {
            // sent again unchanged (the form's "Submit" posts every answer the page's script saved already)
            return new SavedAnswer(now, false);
        }
        asked.answer(canonical, given);
        events.answered(attempt, asked, question, content(asked, attempt.getLanguage()), given);
        return new SavedAnswer(now, false);
    }

    /**
     * The attempt an offline paper became: started now if no answer of it has reached the server
     * before, as begun at {@code begunAt} (the device's time, taken within the paper's life). The
     * attempt has the paper's id. Refused like a new attempt when the learner has none left.
     */
    public String startFromPaper(String email, String paperId, Instant begunAt) {
        long account = accounts.getIdOf(email);
        Paper paper = (paperId == null || paperId.length() != 36 ? Optional.<Paper>empty()
                : Optional.ofNullable(em.find(Paper.class, paperId, LockModeType.PESSIMISTIC_WRITE)))
                .filter(p -> p.belongsTo(account))
                .orElseThrow(() -> new AnswerRefused(AnswerRefusal.NO_ATTEMPT));
        if (paper.getAttemptId() != null) {
            return paper.getPublicId();
        }
        QuizOutline quiz = catalog.quizAsStarted(paper.getCourseId(), paper.getQuizCode(), paper.getLanguage())
                .orElseThrow(() -> new AnswerRefused(AnswerRefusal.NO_QUIZ));
        if (!learning.holdEnrolment(email, quiz.courseId())) {
            throw new AnswerRefused(AnswerRefusal.NOT_ENROLLED);
        }
        List<Attempt> attempts = em.createNamedQuery(Attempt.FIND_OF_QUIZ, Attempt.class)
                .setParameter("account", account).setParameter("course", quiz.courseId())
                .setParameter("quiz", quiz.code()).getResultList();
        if (!quiz.rules().isUnlimited() && attempts.size() >= quiz.rules().getAttempts()) {
            throw new AnswerRefused(AnswerRefusal.NO_ATTEMPTS_LEFT);
        }
        Instant now = clock.instant();
        Attempt attempt = new Attempt(paper.getPublicId(), account, quiz.courseId(), quiz.code(), quiz.moduleId(),
                attempts.size() + 1, quiz.rules().copy(), paper.getLanguage(),
                Instants.within(begunAt == null ? now : begunAt, paper.getIssuedAt(), now));
        em.persist(attempt);
        em.flush();
        List<Paper.Drawn> drawn = paper.drawn();
        for (int position = 0; position < drawn.size(); position++) {
            Paper.Drawn question = drawn.get(position);
            em.persist(new AttemptQuestion(attempt.getId(), position, question.questionId(), question.options(), question.matches()));
        }
        paper.startedAs(attempt.getId());
        events.attempted(attempt, quiz);
        return attempt.getPublicId();
    }

    /**
     * A paper for answering a module quiz offline: the learner's unused one, or a new one drawn as
     * an attempt would be. Refused for the final assessment and for timed quizzes (they start online).
     */
    public Paper paper(String email, String courseCode, String quizCode, ReaderLanguages reader) {
        QuizOutline quiz = catalog.quiz(courseCode, quizCode, reader)
                .filter(q -> !q.isFinalAssessment() && !q.rules().isTimed())
                .orElseThrow(() -> new AnswerRefused(AnswerRefusal.NO_QUIZ));
        long account = accounts.getIdOf(email);
        if (!learning.holdEnrolment(email, quiz.courseId())) {
            throw new AnswerRefused(AnswerRefusal.NOT_ENROLLED);
        }
        Optional<Paper> unused = em.createNamedQuery(Paper.FIND_UNUSED, Paper.class).setParameter("account", account)
                .setParameter("course", quiz.courseId()).setParameter("quiz", quiz.code()).setMaxResults(1)
                .getResultStream().findFirst().filter(p -> p.getLanguage().equals(quiz.language()));
        if (unused.isPresent()) {
            return unused.get();
        }
        List<Question> chosen = draw.questions(banks.inUse(quiz.bankModules()), quiz.rules());
        if (chosen.isEmpty()) {
            throw new AnswerRefused(AnswerRefusal.NO_QUIZ);
        }
        List<Paper.Drawn> drawn = chosen.stream().map(question -> {
            int answers = QuestionBanks.content(question, quiz.language()).answers().size();
            return new Paper.Drawn(question.getId(), draw.options(question.getType(), answers, quiz.rules().isShuffle()),
                    draw.matches(question.getType(), answers));
        }).toList();
        Paper paper = new Paper(account, quiz.courseId(), quiz.code(), quiz.language(), drawn, clock.instant());
        em.persist(paper);
        return paper;
    }

    /** A paper's questions as the learner answers them (no answer key, nothing answered yet). */
    public List<QuizViews.QuestionView> questionsOf(Paper paper) {
        List<Paper.Drawn> drawn = paper.drawn();
        List<QuizViews.QuestionView> questions = new java.util.ArrayList<>();
        for (int position = 0; position < drawn.size(); position++) {
            Paper.Drawn question = drawn.get(position);
            AttemptQuestion shown = new AttemptQuestion(0, position, question.questionId(), question.options(), question.matches());
            questions.add(Sheets.question(shown, content(shown, paper.getLanguage())));
        }
        return questions;
    }

    /** Ends the attempt and marks it; submitting again changes nothing. */
    public void submit(String email, String attemptId) {
        submit(own(email, attemptId), SubmittedBy.LEARNER, clock.instant());
    }

    /** A submitted attempt with as much feedback as the quiz's rules allow now. */
    public ReviewView review(String email, String attemptId, String language) {
        return review(email, attemptId, ReaderLanguages.of(language));
    }

    /** A submitted attempt, in the language the reader gets the course in. */
    public ReviewView review(String email, String attemptId, ReaderLanguages reader) {
        Attempt attempt = own(email, attemptId);
        Instant now = clock.instant();
        if (attempt.isOverdueAt(now)) {
            submit(attempt, SubmittedBy.TIME_LIMIT, now);
        }
        if (!attempt.isSubmitted()) {
            throw new AnswerRefused(AnswerRefusal.CLOSED);
        }
        QuizOutline quiz = quizOf(attempt, reader);
        List<Attempt> all = em.createNamedQuery(Attempt.FIND_OF_QUIZ, Attempt.class)
                .setParameter("account", attempt.getAccountId()).setParameter("course", attempt.getCourseId())
                .setParameter("quiz", attempt.getQuizCode()).getResultList();
        boolean feedback = Sheets.feedbackShown(attempt.getRules(), all);
        Map<String, String> lessonOfSection = feedback ? catalog.lessonOfSection(attempt.getCourseId()) : Map.of();
        List<QuizViews.ReviewedQuestion> questions = !feedback ? List.of() : questionsOf(attempt).stream()
                .map(q -> Sheets.reviewed(q, content(q, quiz.language()),
                        Sheets.citations(lessonOfSection, quiz, em.find(Question.class, q.getQuestionId(), ReadOnly.HINTS).getCites())))
                .toList();
        return new ReviewView(attempt.getPublicId(), quiz.courseCode(), quiz.courseTitle(), quiz.code(), quiz.title(),
                quiz.language(), attempt.getNumber(), attempt.getScore(), attempt.isPassed(), attempt.getRules().getPassMark(),
                attempt.getSubmittedAt(), attempt.getSubmittedBy(), feedback, attempt.getRules().getFeedback(), questions);
    }

    /** Submits an attempt whose time ran out with the answers saved; called by the expiry sweep. */
    public void submitOverdue(String attemptId) {
        em.createNamedQuery(Attempt.FIND_BY_PUBLIC_ID, Attempt.class).setParameter("id", attemptId)
                .getResultStream().findFirst().filter(a -> a.isOverdueAt(clock.instant()))
                .ifPresent(a -> submit(a, SubmittedBy.TIME_LIMIT, clock.instant()));
    }

    /** A learner's best score in a quiz (e.g. a course's final assessment); empty before any attempt was submitted. */
    public Optional<BigDecimal> bestScore(long accountId, long courseId, String quizCode) {
        return Optional.ofNullable(em.createNamedQuery(Attempt.BEST_SCORE, BigDecimal.class).setParameter("account", accountId)
                .setParameter("course", courseId).setParameter("quiz", quizCode).getSingleResult());
    }

    public List<String> overdue() {
        return em.createNamedQuery(Attempt.FIND_EXPIRED, String.class).setParameter("now", clock.instant())
                .setMaxResults(200).getResultList();
    }

    private void submit(Attempt attempt, SubmittedBy by, Instant now) {
        if (attempt.isSubmitted()) {
            return;
        }
        // a second submission at the same moment (a double click, another tab, the expiry sweep)
        // waits here, then finds the attempt submitted and changes nothing
        em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(attempt);
        if (attempt.isSubmitted()) {
            return;
        }
        List<AttemptQuestion> questions = questionsOf(attempt);
        BigDecimal total = BigDecimal.ZERO;
        for (AttemptQuestion asked : questions) {
            GiftQuestion content = content(asked, attempt.getLanguage());
            asked.grade(Grader.score(content, asked.getOptionOrder(), asked.getMatchOrder(), asked.getResponse()));
            total = total.add(asked.getScore());
        }
        BigDecimal percent = questions.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : total.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(questions.size()), 2, RoundingMode.HALF_UP);
        attempt.submit(percent, by, now);
        QuizOutline quiz = quizOf(attempt, attempt.getLanguage());
        events.finished(attempt, quiz);
        graded.fire(new AttemptGraded(attempt.getAccountId(), attempt.getCourseId(), quiz.code(), quiz.isFinalAssessment(),
                percent, attempt.isPassed(), now));
        if (attempt.isPassed() && quiz.isFinalAssessment()) {
            learning.finalAssessmentPassed(attempt.getAccountId(), attempt.getCourseId());
        }
    }

    private Attempt openOwn(String email, String attemptId) {
        Attempt attempt = own(email, attemptId);
        Instant now = clock.instant();
        if (attempt.isOverdueAt(now)) {
            submit(attempt, SubmittedBy.TIME_LIMIT, now);
            throw new AnswerRefused(AnswerRefusal.TIME_UP);
        }
        if (attempt.isSubmitted()) {
            throw new AnswerRefused(AnswerRefusal.CLOSED);
        }
        return attempt;
    }

    /** The attempt if it is the caller's; someone else's is refused exactly like one that does not exist. */
    private Attempt own(String email, String attemptId) {
        if (attemptId == null || attemptId.length() != 36) {
            throw new AnswerRefused(AnswerRefusal.NO_ATTEMPT);
        }
        long account = accounts.getIdOf(email);
        return em.createNamedQuery(Attempt.FIND_BY_PUBLIC_ID, Attempt.class).setParameter("id", attemptId)
                .getResultStream().findFirst().filter(a -> a.belongsTo(account))
                .orElseThrow(() -> new AnswerRefused(AnswerRefusal.NO_ATTEMPT));
    }

    private QuizOutline quizOf(Attempt attempt, String language) {
        return quizOf(attempt, ReaderLanguages.of(language));
    }

    private QuizOutline quizOf(Attempt attempt, ReaderLanguages reader) {
        return catalog.quizAsStarted(attempt.getCourseId(), attempt.getQuizCode(), reader)
                .orElseThrow(() -> new AnswerRefused(AnswerRefusal.NO_QUIZ));
    }

    private List<AttemptQuestion> questionsOf(Attempt attempt) {
        return em.createNamedQuery(AttemptQuestion.FIND_OF_ATTEMPT, AttemptQuestion.class)
                .setParameter("attempt", attempt.getId()).getResultList();
    }

    private GiftQuestion content(AttemptQuestion asked, String language) {
        Question question = em.find(Question.class, asked.getQuestionId(), ReadOnly.HINTS);
        return QuestionBanks.content(question, question.textIn(language) != null ? language : question.anyLanguage());
    }
}
