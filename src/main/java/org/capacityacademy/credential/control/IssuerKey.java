package org.capacityacademy.credential.control;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jwk.OkpJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import com.apicatalog.multibase.Multibase;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The issuer's Ed25519 key pair: signs credentials as compact JWS (VC-JOSE: {@code typ vc+jwt})
 * and checks them. jose4j does the JOSE work with the JDK's own EdDSA. The same key signs the
 * Data Integrity proofs ({@link DataIntegrityProofs}), published as a Multikey.
 */
public final class IssuerKey {

    public static final String MEDIA_TYPE = "application/vc+jwt";

    /** The multicodec prefix of an Ed25519 public key (0xed, as a varint). */
    private static final byte[] ED25519_PUBLIC = {(byte) 0xed, 0x01};

    private final OctetKeyPairJsonWebKey jwk;
    private final String thumbprint;
    private final String keyId;
    private final Issuer issuer;

    private IssuerKey(OctetKeyPairJsonWebKey jwk, Issuer issuer) {
        this.jwk = jwk;
        this.issuer = issuer;
        this.thumbprint = jwk.calculateBase64urlEncodedThumbprint("SHA-256");
        this.keyId = issuer.keyId(thumbprint);
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

    /** The JWK thumbprint, which names the key in the DID document and in the platform's record of its keys. */
    public String thumbprint() {
        return thumbprint;
    }

    /** The public key as a Multikey's {@code publicKeyMultibase} ({@code z6Mk…}). */
    public String multibase() {
        return multibase(raw("x"));
    }

    /** The Data Integrity verification method: the Multikey's id in the DID document. */
    public String multikeyId() {
        return issuer.did() + "#" + multibase();
    }

    public static String multibase(byte[] rawPublicKey) {
        byte[] prefixed = Arrays.copyOf(ED25519_PUBLIC, ED25519_PUBLIC.length + rawPublicKey.length);
        System.arraycopy(rawPublicKey, 0, prefixed, ED25519_PUBLIC.length, rawPublicKey.length);
        return Multibase.BASE_58_BTC.encode(prefixed);
    }

    /** The raw 32 bytes of an Ed25519 public key written as a Multikey's multibase; empty if it is not one. */
    public static Optional<byte[]> rawPublicKey(String multibase) {
        try {
            byte[] decoded = Multibase.BASE_58_BTC.decode(multibase);
            if (decoded.length == 34 && decoded[0] == ED25519_PUBLIC[0] && decoded[1] == ED25519_PUBLIC[1]) {
                return Optional.of(Arrays.copyOfRange(decoded, 2, 34));
            }
        } catch (RuntimeException e) {
            // not base58btc: not one of ours
        }
        return Optional.empty();
    }

    /** An Ed25519 signature of the bytes (a Data Integrity proof's hash data). */
    byte[] signBytes(byte[] data) {
        try {
            java.security.Signature signer = java.security.Signature.getInstance("Ed25519");
            signer.initSign(jwk.getPrivateKey());
            signer.update(data);
            return signer.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    byte[] rawPublic() {
        return raw("x");
    }

    byte[] rawPrivate() {
        return raw("d");
    }

    private byte[] raw(String member) {
        return Base64.getUrlDecoder().decode((String) jwk.toParams(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE).get(member));
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

    /** The payload of a JWS signed by the Ed25519 key with these raw public bytes (a key the platform used before, say). */
    public static Optional<String> verifiedPayload(JsonWebSignature jws, byte[] rawPublicKey) {
        try {
            OctetKeyPairJsonWebKey key = (OctetKeyPairJsonWebKey) JsonWebKey.Factory.newJwk(Map.of("kty", "OKP",
                    "crv", OctetKeyPairJsonWebKey.SUBTYPE_ED25519, "x", Base64.getUrlEncoder().withoutPadding().encodeToString(rawPublicKey)));
            jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                    AlgorithmIdentifiers.EDDSA));
            jws.setKey(key.getPublicKey());
            return jws.verifySignature() ? Optional.of(jws.getUnverifiedPayload()) : Optional.empty();
        } catch (JoseException | RuntimeException e) {
            return Optional.empty();
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
