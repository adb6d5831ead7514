package org.capacityacademy.tracking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * One xAPI statement as stored, with the columns the Statements resource filters on, and its
 * place in the forwarding queue: pending while {@code nextAttemptAt} is set.
 */
@Entity
@Table(name = "xapi_statement")
@NamedQuery(name = Statement.FIND_BY_STATEMENT_ID, query = "SELECT s FROM Statement s WHERE s.statementId = :id")
@NamedQuery(name = Statement.FIND_OF_ACCOUNT, query = "SELECT s FROM Statement s WHERE s.accountId = :account "
        + "ORDER BY s.stored DESC, s.id DESC")
@NamedQuery(name = Statement.FIND_PENDING, query = "SELECT s FROM Statement s WHERE s.nextAttemptAt <= :now "
        + "ORDER BY s.nextAttemptAt, s.id")
public class Statement {

    public static final String FIND_BY_STATEMENT_ID = "Statement.findByStatementId";
    public static final String FIND_OF_ACCOUNT = "Statement.findOfAccount";
    public static final String FIND_PENDING = "Statement.findPending";

    /** The longest a statement waits between two forwarding attempts. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(1);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);

    @Id
    @SequenceGenerator(name = "xapi_statement_seq", sequenceName = "xapi_statement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xapi_statement_seq")
    private Long id;

    @Column(name = "statement_id")
    private String statementId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "verb_id")
    private String verbId;

    @Column(name = "activity_id")
    private String activityId;

    @Column(name = "parent_activity_id")
    private String parentActivityId;

    private String registration;

    @Column(name = "occurred_at")
    private Instant timestamp;

    @Column(name = "stored_at")
    private Instant stored;

    @Column(name = "statement_json")
    private String json;

    @Column(name = "forwarded_at")
    private Instant forwardedAt;

    @Column(name = "forward_attempts")
    private int forwardAttempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected Statement() {
    }

    /** A statement as built from an event; it waits to be forwarded from the moment it is stored. */
    public Statement(String statementId, long accountId, String verbId, String activityId, String parentActivityId,
                     String registration, Instant timestamp, Instant stored, String json) {
        this.statementId = statementId;
        this.accountId = accountId;
        this.verbId = verbId;
        this.activityId = activityId;
        this.parentActivityId = parentActivityId;
        this.registration = registration;
        this.timestamp = timestamp;
        this.stored = stored;
        this.json = json;
        this.nextAttemptAt = stored;
    }

    public void forwarded(Instant now) {
        forwardedAt = now;
        nextAttemptAt = null;
    }

    /** After a failed attempt: waits twice as long as before, from 30 seconds up to an hour. */
    public void forwardFailed(Instant now) {
        forwardAttempts++;
        nextAttemptAt = now.plus(backoff(forwardAttempts));
    }

    /** The statement as it becomes when its actor's data is erased: the same statement about an anonymous agent. */
    public void anonymised(String json) {
        this.json = json;
    }

    static Duration backoff(int attempts) {
        Duration wait = FIRST_BACKOFF;
        for (int i = 1; i < attempts && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    public boolean isPending() {
        return nextAttemptAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getStatementId() {
        return statementId;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getStored() {
        return stored;
    }

    public String getJson() {
        return json;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    public int getForwardAttempts() {
        return forwardAttempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
