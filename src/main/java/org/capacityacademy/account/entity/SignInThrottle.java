package org.capacityacademy.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins for one key (an e-mail address, or a client address) within a window.
 * Too many failures lock the key for a while, whether or not an account exists for it,
 * so the lock reveals nothing. Kept in the database so every node counts the same.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @Column(name = "throttle_key", length = 300)
    private String key;

    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected SignInThrottle() {
    }

    public SignInThrottle(String key, Instant now) {
        this.key = key;
        this.windowStartedAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the one that reaches the limit locks the key. */
    public void failureAt(Instant now, int limit) {
        if (now.isAfter(windowStartedAt.plus(WINDOW)) || (lockedUntil != null && !now.isBefore(lockedUntil))) {
            windowStartedAt = now;
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(LOCK);
        }
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
