package org.capacityacademy.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;

/**
 * The academy's RSA key pair as an LTI tool (2048 bits, RS256 as LTI requires), with its key id:
 * signs deep linking responses and client assertions; its public half is the tool's keyset.
 */
public final class ToolKeyPair {

    private final RSAKey key;

    private ToolKeyPair(RSAKey key) {
        this.key = key;
    }

    /** A new key pair whose key id is its JWK thumbprint. */
    public static ToolKeyPair generate() {
        try {
            RSAKey generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
            return new ToolKeyPair(generated);
        } catch (JOSEException e) {
            throw new IllegalStateException("no RSA key generator", e);
        }
    }

    /** The key pair from its private JWK (as kept in the database or given by LTI_TOOL_KEY). */
    public static ToolKeyPair fromPrivateJwk(String json) {
        try {
            RSAKey parsed = RSAKey.parse(json);
            if (!parsed.isPrivate()) {
                throw new IllegalArgumentException("the tool's key must be a private RSA JWK");
            }
            if (parsed.getKeyID() == null) {
                parsed = new RSAKey.Builder(parsed).keyIDFromThumbprint().build();
            }
            return new ToolKeyPair(parsed);
        } catch (ParseException | JOSEException e) {
            throw new IllegalArgumentException("the tool's key is no RSA JWK", e);
        }
    }

    public String kid() {
        return key.getKeyID();
    }

    public String privateJwk() {
        return key.toJSONString();
    }

    /** The public keyset, {@code {"keys":[...]}}, with the key id, use and algorithm. */
    public String publicKeyset() {
        return new JWKSet(key.toPublicJWK()).toString(true);
    }

    /** A JWT with these claims, signed with RS256 and naming the key id. */
    public String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid()).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the tool's key", e);
        }
        return jwt.serialize();
    }
}
