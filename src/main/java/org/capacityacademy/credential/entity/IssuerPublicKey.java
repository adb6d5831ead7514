package org.capacityacademy.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A public key the platform has signed with, recorded the first time a node loads it and kept
 * after the key is replaced: credentials and PDFs signed before a rotation are checked against it.
 */
@Entity
@Table(name = "issuer_public_key")
@NamedQuery(name = IssuerPublicKey.FIND_OF_KIND,
        query = "SELECT k FROM IssuerPublicKey k WHERE k.kind = :kind ORDER BY k.firstUsedAt, k.keyId")
public class IssuerPublicKey {

    public static final String FIND_OF_KIND = "IssuerPublicKey.findOfKind";

    /** What the key signs, and so how {@link #getPublicKey()} is written. */
    public enum Kind {
        /** Open Badges credentials: an Ed25519 key, as its multibase ({@code z6Mk…}); the id is the JWK thumbprint. */
        ED25519,
        /** PDF certificates: an X.509 certificate, as PEM; the id is its SHA-256 fingerprint. */
        X509
    }

    @Id
    @Column(name = "key_id", length = 200)
    private String keyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "public_key", nullable = false, length = 10000)
    private String publicKey;

    @Column(name = "first_used_at", nullable = false)
    private Instant firstUsedAt;

    protected IssuerPublicKey() {
    }

    public IssuerPublicKey(String keyId, Kind kind, String publicKey, Instant firstUsedAt) {
        this.keyId = keyId;
        this.kind = kind;
        this.publicKey = publicKey;
        this.firstUsedAt = firstUsedAt;
    }

    public String getKeyId() {
        return keyId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public Instant getFirstUsedAt() {
        return firstUsedAt;
    }
}
