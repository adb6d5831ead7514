package org.capacityacademy.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A third-party login a platform started (OIDC login initiation): the state and nonce the academy
 * sent to the platform's authorisation endpoint. Each is good for one launch, within {@link #LIFETIME}.
 * Kept on the server, so that the launch is checked even when the browser keeps no cookie in the
 * platform's frame.
 */
@Entity
@Table(name = "lti_login")
public class Login {

    public static final Duration LIFETIME = Duration.ofMinutes(10);

    @Id
    @Column(name = "state", length = 64)
    private String state;

    @Column(name = "nonce", length = 64, nullable = false)
    private String nonce;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "target_link", length = 2000, nullable = false)
    private String targetLink;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected Login() {
    }

    public Login(String state, String nonce, long platformId, String targetLink, Instant createdAt) {
        this.state = state;
        this.nonce = nonce;
        this.platformId = platformId;
        this.targetLink = targetLink;
        this.createdAt = createdAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return now.isAfter(createdAt.plus(LIFETIME));
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public String getState() {
        return state;
    }

    public String getNonce() {
        return nonce;
    }

    public long getPlatformId() {
        return platformId;
    }

    public String getTargetLink() {
        return targetLink;
    }
}
