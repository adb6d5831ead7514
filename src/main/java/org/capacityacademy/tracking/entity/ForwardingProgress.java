package org.capacityacademy.tracking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * How far forwarding to the external learning record store has come: the last statement the
 * store took, in stored order, as an LRS client reading {@code since} would keep it; and, while
 * the store is down or refuses, when to try again. The whole queue waits behind its oldest
 * statement, so statements reach the store in the order they were stored.
 */
@Entity
@Table(name = "xapi_forwarding")
public class ForwardingProgress {

    public static final int ID = 1;

    /** The longest the queue waits between two attempts. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(1);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);

    @Id
    private int id;

    @Column(name = "forwarded_stored")
    private Instant forwardedStored;

    @Column(name = "forwarded_id")
    private long forwardedId;

    private int failures;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected ForwardingProgress() {
    }

    public ForwardingProgress(Instant forwardedStored, long forwardedId) {
        this.id = ID;
        this.forwardedStored = forwardedStored;
        this.forwardedId = forwardedId;
    }

    public boolean isDue(Instant now) {
        return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
    }

    /** The store took every statement up to this one; never moves back (two nodes may briefly both forward). */
    public void forwardedThrough(Instant stored, long id) {
        if (stored.isAfter(forwardedStored) || stored.equals(forwardedStored) && id > forwardedId) {
            forwardedStored = stored;
            forwardedId = id;
        }
        failures = 0;
        nextAttemptAt = null;
    }

    /** After a failed attempt: waits twice as long as before, from 30 seconds up to an hour. */
    public void failed(Instant now) {
        failures++;
        nextAttemptAt = now.plus(backoff(failures));
    }

    static Duration backoff(int failures) {
        Duration wait = FIRST_BACKOFF;
        for (int i = 1; i < failures && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    public Instant getForwardedStored() {
        return forwardedStored;
    }

    public long getForwardedId() {
        return forwardedId;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
