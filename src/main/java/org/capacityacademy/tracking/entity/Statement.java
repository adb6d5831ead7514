package org.capacityacademy.tracking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One xAPI statement as recorded, with the columns the Statements resource filters on. It is
 * recorded without a stored time, in the transaction of the change it tells of; it gets one
 * after that transaction has committed ({@link StoredClock}), and only then do readers see it.
 */
@Entity
@Table(name = "xapi_statement")
@NamedQuery(name = Statement.FIND_BY_STATEMENT_ID, query = "SELECT s FROM Statement s WHERE s.statementId = :id "
        + "AND s.stored IS NOT NULL")
@NamedQuery(name = Statement.FIND_OF_ACCOUNT, query = "SELECT s FROM Statement s WHERE s.accountId = :account "
        + "ORDER BY s.timestamp DESC, s.id DESC")
@NamedQuery(name = Statement.WAITING_IDS, query = "SELECT s.id FROM Statement s WHERE s.stored IS NULL "
        + "ORDER BY s.timestamp, s.id")
@NamedQuery(name = Statement.NEWEST_STORED, query = "SELECT s.stored FROM Statement s WHERE s.stored IS NOT NULL "
        + "ORDER BY s.stored DESC")
@NamedQuery(name = Statement.FIND_AFTER, query = "SELECT s FROM Statement s WHERE s.stored IS NOT NULL "
        + "AND (s.stored > :stored OR (s.stored = :stored AND s.id > :id)) ORDER BY s.stored, s.id")
public class Statement {

    public static final String FIND_BY_STATEMENT_ID = "Statement.findByStatementId";
    public static final String FIND_OF_ACCOUNT = "Statement.findOfAccount";
    public static final String WAITING_IDS = "Statement.waitingIds";
    public static final String NEWEST_STORED = "Statement.newestStored";
    public static final String FIND_AFTER = "Statement.findAfter";

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

    /** Null until the recording transaction has committed and the statement has its place in stored order. */
    @Column(name = "stored_at")
    private Instant stored;

    /** The statement as recorded, without its stored time, which is added when it is served. */
    @Column(name = "statement_json")
    private String json;

    protected Statement() {
    }

    /** A statement as built from an event, waiting for its stored time. */
    public Statement(String statementId, long accountId, String verbId, String activityId, String parentActivityId,
                     String registration, Instant timestamp, String json) {
        this.statementId = statementId;
        this.accountId = accountId;
        this.verbId = verbId;
        this.activityId = activityId;
        this.parentActivityId = parentActivityId;
        this.registration = registration;
        this.timestamp = timestamp;
        this.json = json;
    }

    public boolean isStored() {
        return stored != null;
    }

    /** The statement as it becomes when its actor's data is erased: the same statement about an anonymous agent. */
    public void anonymised(String json) {
        this.json = json;
    }

    public Long getId() {
        return id;
    }

    public String getStatementId() {
        return statementId;
    }

    public String getVerbId() {
        return verbId;
    }

    public String getActivityId() {
        return activityId;
    }

    public String getParentActivityId() {
        return parentActivityId;
    }

    public String getRegistration() {
        return registration;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getTimestamp() {
        return timestamp;
    }

    public Instant getStored() {
        return stored;
    }

    public String getJson() {
        return json;
    }
}
