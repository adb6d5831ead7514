package org.capacityacademy.credential.control;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jwk.OkpJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import java.util.Map;
import java.util.Optional;

/**
 * The issuer's Ed25519 key pair: signs credentials as compact JWS (VC-JOSE: {@code typ vc+jwt})
 * and checks them. jose4j does the JOSE work with the JDK's own EdDSA.
 */
public final class IssuerKey {

    public static final String MEDIA_TYPE = "application/vc+jwt";

    private final OctetKeyPairJsonWebKey jwk;
    private final String keyId;

    private IssuerKey(OctetKeyPairJsonWebKey jwk, Issuer issuer) {
        this.jwk = jwk;
        this.keyId = issuer.keyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        jwk.setKeyId(keyId);
        jwk.setAlgorithm(AlgorithmIdentifiers.EDDSA);
        jwk.setUse("sig");
    }

    /** A new key pair, as a private JWK to keep. */
    public static String generate() {
        try {
            return OkpJwkGenerator.generateJwk(OctetKeyPairJsonWebKey.SUBTYPE_ED25519)
                    .toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
        } catch (JoseException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    /** The key from a private JWK (kept in the database or given by configuration). */
    public static IssuerKey fromPrivateJwk(String json, Issuer issuer) {
        try {
            if (JsonWebKey.Factory.newJwk(json) instanceof OctetKeyPairJsonWebKey okp
                    && OctetKeyPairJsonWebKey.SUBTYPE_ED25519.equals(okp.getSubtype()) && okp.getPrivateKey() != null) {
                return new IssuerKey(okp, issuer);
            }
        } catch (JoseException | RuntimeException e) {
            throw new IllegalArgumentException("the signing key must be an Ed25519 private JWK (kty OKP, crv Ed25519, d, x)", e);
        }
        throw new IllegalArgumentException("the signing key must be an Ed25519 private JWK (kty OKP, crv Ed25519, d, x)");
    }

    public String keyId() {
        return keyId;
    }

    /** The public half as a JWK object, for the JWKS and the DID document. */
    public Map<String, Object> publicJwk() {
        return jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    public String sign(String payload, String type) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.EDDSA);
        jws.setKeyIdHeaderValue(keyId);
        jws.setHeader("typ", type);
        jws.setKey(jwk.getPrivateKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("signing with Ed25519", e);
        }
    }

    /** The payload of a JWS this key signed; empty when the signature does not hold. */
    public Optional<String> verifiedPayload(JsonWebSignature jws) {
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.EDDSA));
        jws.setKey(jwk.getPublicKey());
        try {
            return jws.verifySignature() ? Optional.of(jws.getUnverifiedPayload()) : Optional.empty();
        } catch (JoseException e) {
            return Optional.empty();
        }
    }
}
