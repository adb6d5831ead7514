package org.capacityacademy.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in sent to a provider and not yet back: the {@code state} that names it, the {@code nonce}
 * the ID token must carry and the PKCE code verifier. Kept in the database so that the answer may
 * reach any node of a cluster, deleted when it is used (so that a replayed answer finds nothing), and
 * worth nothing after {@link #LIFETIME}.
 */
@Entity
@Table(name = "oidc_request")
public class PendingSignIn {

    public static final Duration LIFETIME = Duration.ofMinutes(10);

    @Id
    @Column(length = 100)
    private String state;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(nullable = false, length = 100)
    private String nonce;

    @Column(name = "code_verifier", nullable = false, length = 200)
    private String codeVerifier;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PendingSignIn() {
    }

    public PendingSignIn(String state, long providerId, String nonce, String codeVerifier, Instant createdAt) {
        this.state = state;
        this.providerId = providerId;
        this.nonce = nonce;
        this.codeVerifier = codeVerifier;
        this.createdAt = createdAt;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(createdAt.plus(LIFETIME));
    }

    public String getState() { return state; }
    public long getProviderId() { return providerId; }
    public String getNonce() { return nonce; }
    public String getCodeVerifier() { return codeVerifier; }
    public Instant getCreatedAt() { return createdAt; }
}
