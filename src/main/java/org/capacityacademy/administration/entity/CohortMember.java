package org.capacityacademy.administration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person in a cohort. */
@Entity
@Table(name = "cohort_member")
@IdClass(CohortMember.Key.class)
public class CohortMember {

    /** The member's identity: the cohort and the account. */
    public static class Key implements Serializable {
        private long cohortId;
        private long accountId;

        public Key() {
        }

        public Key(long cohortId, long accountId) {
            this.cohortId = cohortId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.cohortId == cohortId && key.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, accountId);
        }
    }

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CohortMember() {
    }

    public CohortMember(long cohortId, long accountId, Instant addedAt) {
        this.cohortId = cohortId;
        this.accountId = accountId;
        this.addedAt = addedAt;
    }

    public long getCohortId() { return cohortId; }
    public long getAccountId() { return accountId; }
    public Instant getAddedAt() { return addedAt; }
}
