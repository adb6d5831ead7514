package org.capacityacademy.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The academy's RSA key pair as an LTI tool, generated once and kept so that every node and restart signs with it. */
@Entity
@Table(name = "lti_tool_key")
public class ToolKey {

    @Id
    @Column(name = "kid", length = 100)
    private String kid;

    @Column(name = "private_jwk", length = 8000, nullable = false)
    private String privateJwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ToolKey() {
    }

    public ToolKey(String kid, String privateJwk, Instant createdAt) {
        this.kid = kid;
        this.privateJwk = privateJwk;
        this.createdAt = createdAt;
    }

    public String getKid() {
        return kid;
    }

    public String getPrivateJwk() {
        return privateJwk;
    }
}
