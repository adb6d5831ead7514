package org.capacityacademy.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A private key of the platform kept in the database, so that every node signs with the same key
 * and verifiers find one issuer key: the credentials' Ed25519 key as a private JWK
 * ({@link #ISSUER}), and the PDF certificates' key with its X.509 certificate chain as PEM
 * ({@link #CERTIFICATE}).
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    public static final String ISSUER = "issuer";
    public static final String CERTIFICATE = "certificate";

    @Id
    @Column(name = "key_id", length = 80)
    private String keyId;

    @Column(name = "private_key", nullable = false, length = 20000)
    private String privateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {
    }

    public SigningKey(String keyId, String privateKey, Instant createdAt) {
        this.keyId = keyId;
        this.privateKey = privateKey;
        this.createdAt = createdAt;
    }

    public String getPrivateKey() {
        return privateKey;
    }
}
