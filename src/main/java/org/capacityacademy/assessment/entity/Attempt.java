package org.capacityacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.capacityacademy.catalog.entity.QuizRules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One attempt of a learner at a quiz. It keeps the rules it started under; it is answered
 * question by question ({@link AttemptQuestion}) and submitted exactly once, by the learner
 * or by the server at its deadline.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(name = Attempt.FIND_BY_PUBLIC_ID, query = "SELECT a FROM Attempt a WHERE a.publicId = :id")
@NamedQuery(name = Attempt.FIND_OF_QUIZ, query = "SELECT a FROM Attempt a WHERE a.accountId = :account "
        + "AND a.courseId = :course AND a.quizCode = :quiz ORDER BY a.number")
@NamedQuery(name = Attempt.FIND_OF_COURSE, query = "SELECT a FROM Attempt a WHERE a.accountId = :account "
        + "AND a.courseId = :course ORDER BY a.startedAt")
@NamedQuery(name = Attempt.FIND_EXPIRED, query = "SELECT a.publicId FROM Attempt a WHERE a.state = "
        + "org.capacityacademy.assessment.entity.AttemptState.OPEN AND a.deadline < :now")
@NamedQuery(name = Attempt.BEST_SCORE, query = "SELECT MAX(a.score) FROM Attempt a WHERE a.accountId = :account "
        + "AND a.courseId = :course AND a.quizCode = :quiz AND a.score IS NOT NULL")
public class Attempt {

    public static final String BEST_SCORE = "Attempt.bestScore";
    public static final String FIND_BY_PUBLIC_ID = "Attempt.findByPublicId";
    public static final String FIND_OF_QUIZ = "Attempt.findOfQuiz";
    public static final String FIND_OF_COURSE = "Attempt.findOfCourse";
    public static final String FIND_EXPIRED = "Attempt.findExpired";

    @Id
    @SequenceGenerator(name = "attempt_seq", sequenceName = "attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
    private Long id;

    /** What URLs and the page use: not guessable, unlike the row id. */
    @Column(name = "public_id")
    private String publicId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "course_id")
    private long courseId;

    @Column(name = "quiz_code")
    private String quizCode;

    @Column(name = "module_id")
    private Long moduleId;

    @Column(name = "attempt_number")
    private int number;

    @Enumerated(EnumType.STRING)
    private AttemptState state;

    /** The language the attempt was started in; the questions are the same in every language. */
    private String language;

    @Column(name = "started_at")
    private Instant startedAt;

    private Instant deadline;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_by")
    private SubmittedBy submittedBy;

    @Embedded
    private QuizRules rules;

    /** Per cent, two decimals. */
    private BigDecimal score;

    private Boolean passed;

    /**
     * When this row last changed, by the server's clock (not the time of what changed: a lesson
     * completed offline is a change of the day it arrives): the reports' refresh recomputes the
     * figures of the learners whose rows changed since it last ran.
     */
    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected Attempt() {
    }

    @PrePersist
    @PreUpdate
    void changed() {
        changedAt = Instant.now();
    }

    public Attempt(long accountId, long courseId, String quizCode, Long moduleId, int number, QuizRules rules,
                   String language, Instant now) {
        this(UUID.randomUUID().toString(), accountId, courseId, quizCode, moduleId, number, rules, language, now);
    }

    /** An attempt with the id it was given before it reached the server (an offline {@link Paper}'s). */
    public Attempt(String publicId, long accountId, long courseId, String quizCode, Long moduleId, int number, QuizRules rules,
                   String language, Instant now) {
        this.publicId = publicId;
        this.accountId = accountId;
        this.courseId = courseId;
        this.quizCode = quizCode;
        this.moduleId = moduleId;
        this.number = number;
        this.rules = rules;
        this.language = language;
        this.state = AttemptState.OPEN;
        this.startedAt = now;
        this.deadline = rules.isTimed() ? now.plus(Duration.ofMinutes(rules.getTimeLimit())) : null;
    }

    /** Open and, if timed, before its deadline. */
    public boolean isOpenAt(Instant now) {
        return state == AttemptState.OPEN && !isOverdueAt(now);
    }

    /** Still open although its time is up: the server submits it with what was saved. */
    public boolean isOverdueAt(Instant now) {
        return state == AttemptState.OPEN && deadline != null && !now.isBefore(deadline);
    }

    /** Ends the attempt with its score; a second submission changes nothing. */
    public void submit(BigDecimal score, SubmittedBy by, Instant now) {
        if (state == AttemptState.SUBMITTED) {
            return;
        }
        this.state = AttemptState.SUBMITTED;
        this.score = score;
        this.passed = score.compareTo(BigDecimal.valueOf(rules.getPassMark())) >= 0;
        this.submittedBy = by;
        this.submittedAt = by == SubmittedBy.TIME_LIMIT && deadline != null && deadline.isBefore(now) ? deadline : now;
    }

    public boolean belongsTo(long account) {
        return accountId == account;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getQuizCode() {
        return quizCode;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public int getNumber() {
        return number;
    }

    public AttemptState getState() {
        return state;
    }

    public boolean isSubmitted() {
        return state == AttemptState.SUBMITTED;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public SubmittedBy getSubmittedBy() {
        return submittedBy;
    }

    public QuizRules getRules() {
        return rules;
    }

    public BigDecimal getScore() {
        return score;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }
}
