package org.capacityacademy.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A person a platform sends, known by the platform's subject identifier for them ({@code sub}), and their account here. */
@Entity
@Table(name = "lti_learner")
@IdClass(Learner.Key.class)
public class Learner {

    /** The primary key: platform and subject. */
    public static class Key implements Serializable {
        private long platformId;
        private String subject;

        public Key() {
        }

        public Key(long platformId, String subject) {
            this.platformId = platformId;
            this.subject = subject;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.platformId == platformId && java.util.Objects.equals(key.subject, subject);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(platformId, subject);
        }
    }

    @Id
    @Column(name = "platform_id")
    private long platformId;

    @Id
    @Column(name = "subject", length = 255)
    private String subject;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Learner() {
    }

    public Learner(long platformId, String subject, long accountId, Instant createdAt) {
        this.platformId = platformId;
        this.subject = subject;
        this.accountId = accountId;
        this.createdAt = createdAt;
    }

    public long getPlatformId() {
        return platformId;
    }

    public String getSubject() {
        return subject;
    }

    public long getAccountId() {
        return accountId;
    }
}
