package org.capacityacademy.administration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit log: who did what, to what, and when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_OF_SUBJECT, query = "SELECT a FROM AuditEntry a WHERE a.subjectType = :type "
        + "AND a.subjectId = :id ORDER BY a.occurredAt, a.id")
public class AuditEntry {

    public static final String FIND_OF_SUBJECT = "AuditEntry.findOfSubject";
    public static final int DETAILS_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The person who acted; null for the platform itself. */
    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_email", length = 254)
    private String actorEmail;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 80)
    private String subjectId;

    @Column(length = DETAILS_LENGTH)
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, Long actorId, String actorEmail, String action, String subjectType,
                      String subjectId, String details) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.details = details == null || details.length() <= DETAILS_LENGTH ? details : details.substring(0, DETAILS_LENGTH);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getActorId() { return actorId; }
    public String getActorEmail() { return actorEmail; }
    public String getAction() { return action; }
    public String getSubjectType() { return subjectType; }
    public String getSubjectId() { return subjectId; }
    public String getDetails() { return details; }
}
