package org.capacityacademy.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The platform's signing key as a private JWK, kept in the database so that every node signs
 * with the same key and verifiers find one issuer key.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    public static final String ISSUER = "issuer";

    @Id
    @Column(name = "key_id", length = 80)
    private String keyId;

    @Column(name = "private_jwk", nullable = false, length = 1000)
    private String privateJwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {
    }

    public SigningKey(String keyId, String privateJwk, Instant createdAt) {
        this.keyId = keyId;
        this.privateJwk = privateJwk;
        this.createdAt = createdAt;
    }

    public String getPrivateJwk() {
        return privateJwk;
    }
}
