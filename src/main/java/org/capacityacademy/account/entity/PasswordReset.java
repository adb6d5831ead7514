package org.capacityacademy.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A single-use password-reset link sent by e-mail. Only a hash of the token is stored, so a
 * copy of the database cannot be used to reset anyone's password.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.FIND_BY_TOKEN_HASH, query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash")
public class PasswordReset {

    public static final String FIND_BY_TOKEN_HASH = "PasswordReset.findByTokenHash";
    public static final Duration VALIDITY = Duration.ofHours(1);
    /** How long the link to set a first password stays valid: people read such mail days later. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

    @Id
    @SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "token_hash", length = 64, nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(Account account, String tokenHash, Instant now) {
        this(account, tokenHash, now, VALIDITY);
    }

    /** A link valid for longer, e.g. the first password of an account an administrator created. */
    public PasswordReset(Account account, String tokenHash, Instant now, Duration validity) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.expiresAt = now.plus(validity);
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void usedAt(Instant now) {
        this.usedAt = now;
    }

    public Account getAccount() {
        return account;
    }
}
