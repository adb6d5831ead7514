package org.capacityacademy.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The person a provider knows by a subject ({@code sub}, stable for that provider) is this account:
 * made at the first sign-in through the provider, read at every later one.
 */
@Entity
@Table(name = "identity_link")
@IdClass(IdentityLink.Key.class)
@NamedQuery(name = IdentityLink.FIND_OF_ACCOUNT, query = "SELECT l FROM IdentityLink l WHERE l.accountId = :account")
public class IdentityLink {

    public static final String FIND_OF_ACCOUNT = "IdentityLink.findOfAccount";
    public static final int SUBJECT_LENGTH = 255;

    /** A link's identity: the provider and the subject. */
    public static class Key implements Serializable {
        private long providerId;
        private String subject;

        public Key() {
        }

        public Key(long providerId, String subject) {
            this.providerId = providerId;
            this.subject = subject;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.providerId == providerId && Objects.equals(key.subject, subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(providerId, subject);
        }
    }

    @Id
    @Column(name = "provider_id")
    private long providerId;

    @Id
    @Column(length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected IdentityLink() {
    }

    public IdentityLink(long providerId, String subject, long accountId, Instant linkedAt) {
        this.providerId = providerId;
        this.subject = subject;
        this.accountId = accountId;
        this.linkedAt = linkedAt;
    }

    public long getProviderId() { return providerId; }
    public String getSubject() { return subject; }
    public long getAccountId() { return accountId; }
    public Instant getLinkedAt() { return linkedAt; }
}
