package org.capacityacademy.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A score to post to a platform's line item (the outbox): kept in the transaction that graded the
 * attempt, then sent and, while the platform does not accept it, tried again later, waiting twice as
 * long each time (from 30 seconds up to 6 hours).
 */
@Entity
@Table(name = "lti_score")
@NamedQuery(name = Score.DUE, query = "SELECT s FROM Score s WHERE s.sentAt IS NULL AND s.nextTryAt <= :now ORDER BY s.nextTryAt, s.id")
@NamedQuery(name = Score.OF_ACCOUNT, query = "SELECT s FROM Score s WHERE s.accountId = :account ORDER BY s.id")
public class Score {

    public static final String DUE = "Score.due";
    public static final String OF_ACCOUNT = "Score.ofAccount";
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    @Id
    @SequenceGenerator(name = "lti_score_seq", sequenceName = "lti_score_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lti_score_seq")
    private Long id;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "lineitem_url", length = Platform.URL_LENGTH, nullable = false)
    private String lineItemUrl;

    /** For a module quiz, the quiz (the line item's resource id), and {@code lineItemUrl} is the context's container; else null. */
    @Column(name = "resource_id", length = 80)
    private String resourceId;

    @Column(name = "subject", length = 255, nullable = false)
    private String subject;

    @Column(name = "score_given", nullable = false, precision = 7, scale = 2)
    private BigDecimal scoreGiven;

    @Column(name = "score_maximum", nullable = false, precision = 7, scale = 2)
    private BigDecimal scoreMaximum;

    @Column(name = "comment_text", length = 200)
    private String comment;

    @Column(name = "graded_at", nullable = false)
    private Instant gradedAt;

    @Column(name = "tries", nullable = false)
    private int tries;

    @Column(name = "next_try_at", nullable = false)
    private Instant nextTryAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_problem", length = 500)
    private String lastProblem;

    protected Score() {
    }

    public Score(long platformId, long accountId, String lineItemUrl, String resourceId, String subject, BigDecimal scoreGiven,
                 BigDecimal scoreMaximum, String comment, Instant gradedAt) {
        this.platformId = platformId;
        this.accountId = accountId;
        this.lineItemUrl = lineItemUrl;
        this.resourceId = resourceId;
        this.subject = subject;
        this.scoreGiven = scoreGiven;
        this.scoreMaximum = scoreMaximum;
        this.comment = comment;
        this.gradedAt = gradedAt;
        this.nextTryAt = gradedAt;
    }

    public void sent(Instant now) {
        tries++;
        sentAt = now;
        lastProblem = null;
    }

    /** The platform did not take it: try again later, each time waiting twice as long. */
    public void refused(String problem, Instant now) {
        tries++;
        lastProblem = problem == null ? null : problem.substring(0, Math.min(problem.length(), 500));
        nextTryAt = now.plus(waitAfter(tries));
    }

    static Duration waitAfter(int tries) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(tries - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    public Long getId() {
        return id;
    }

    public long getPlatformId() {
        return platformId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getLineItemUrl() {
        return lineItemUrl;
    }

    public String getResourceId() {
        return resourceId;
    }

    public String getSubject() {
        return subject;
    }

    public BigDecimal getScoreGiven() {
        return scoreGiven;
    }

    public BigDecimal getScoreMaximum() {
        return scoreMaximum;
    }

    public String getComment() {
        return comment;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }

    public int getTries() {
        return tries;
    }

    public Instant getNextTryAt() {
        return nextTryAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastProblem() {
        return lastProblem;
    }
}
