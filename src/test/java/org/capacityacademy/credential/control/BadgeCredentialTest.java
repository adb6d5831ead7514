package org.capacityacademy.credential.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform signs with jose4j; an independent library (Nimbus JOSE, with Tink's Ed25519) checks the result. */
class BadgeCredentialTest {

    static final Issuer ISSUER = Issuer.at("https://academy.example.org");

    static CompletionRecord record() {
        CompletionRecord record = new CompletionRecord("7KX2P9M4QT", 1,
                new CompletionRecord.Learner(77L, "Amina Diallo", "fr", "SN", "Africa", "Sub-Saharan Africa", true, true,
                        false, false, "Ministère de l'Économie numérique", "GOVERNMENT"),
                new CompletionRecord.Completion(3L, "gge-2013", 1, "en", "The 2013 UN GGE report", Instant.parse("2026-11-30T10:00:00Z"),
                        new BigDecimal("87.50"), 390), Instant.parse("2026-11-30T10:00:01Z"));
        try {
            var id = CompletionRecord.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(record, 94_567L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return record;
    }

    static OctetKeyPair publicKey(IssuerKey key) throws Exception {
        return (OctetKeyPair) JWKSet.parse(Map.of("keys", List.of(key.publicJwk()))).getKeys().get(0);
    }

    @Test
    void theCredentialVerifiesWithAnIndependentLibraryAndFailsAfterAnyChange() throws Exception {
        IssuerKey key = IssuerKey.fromPrivateJwk(IssuerKey.generate(), ISSUER);
        String jwt = key.sign(BadgeCredential.of(record(), ISSUER, "Completed", "Rule", "Score").toString(), "vc+jwt");

        JWSObject parsed = JWSObject.parse(jwt);
        assertEquals(JWSAlgorithm.EdDSA, parsed.getHeader().getAlgorithm());
        assertEquals(key.keyId(), parsed.getHeader().getKeyID());
        assertEquals("vc+jwt", parsed.getHeader().getType().toString());
        OctetKeyPair publicKey = publicKey(key);
        assertFalse(publicKey.isPrivate(), "the published key has no private part");
        assertTrue(parsed.verify(new Ed25519Verifier(publicKey)));

        Map<String, Object> credential = parsed.getPayload().toJSONObject();
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), credential.get("type"));
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                credential.get("@context"));
        assertEquals("did:web:academy.example.org", ((Map<?, ?>) credential.get("issuer")).get("id"));
        Map<?, ?> subject = (Map<?, ?>) credential.get("credentialSubject");
        assertEquals("The 2013 UN GGE report", ((Map<?, ?>) subject.get("achievement")).get("name"));
        assertTrue(subject.toString().contains("Amina Diallo"));
        Map<?, ?> status = (Map<?, ?>) credential.get("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.get("type"));
        assertEquals("94567", status.get("statusListIndex"));
        assertEquals("https://academy.example.org/credentials/status/1", status.get("statusListCredential"));

        // one character changed anywhere: in the header, the payload or the signature
        for (int position : List.of(5, jwt.indexOf('.') + 40, jwt.lastIndexOf('.') + 10)) {
            char changed = jwt.charAt(position) == 'A' ? 'B' : 'A';
            String tampered = jwt.substring(0, position) + changed + jwt.substring(position + 1);
            boolean holds;
            try {
                holds = JWSObject.parse(tampered).verify(new Ed25519Verifier(publicKey));
            } catch (Exception refused) {
                holds = false;
            }
            assertFalse(holds, "changed at " + position);
            assertTrue(key.verifiedPayload(jws(tampered)).isEmpty(), "the platform refuses it too, at " + position);
        }
        assertTrue(key.verifiedPayload(jws(jwt)).isPresent());
    }

    @Test
    void anotherIssuersKeyDoesNotVerify() throws Exception {
        IssuerKey ours = IssuerKey.fromPrivateJwk(IssuerKey.generate(), ISSUER);
        IssuerKey theirs = IssuerKey.fromPrivateJwk(IssuerKey.generate(), ISSUER);
        String jwt = theirs.sign("{\"id\":\"x\"}", "vc+jwt");
        assertFalse(JWSObject.parse(jwt).verify(new Ed25519Verifier(publicKey(ours))));
        assertTrue(ours.verifiedPayload(jws(jwt)).isEmpty());
    }

    @Test
    void theIssuerIsADidWebOfThePublicAddress() {
        assertEquals("did:web:localhost%3A8080", Issuer.at("http://localhost:8080/").did());
        assertEquals("did:web:example.org:academy", Issuer.at("https://example.org/academy").did());
        assertEquals("https://example.org/academy/verify/ABC", Issuer.at("https://example.org/academy").verifyUrl("ABC"));
    }

    @Test
    void aKeyThatIsNotAnEd25519PrivateKeyIsRefused() {
        String publicOnly = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}";
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> IssuerKey.fromPrivateJwk(publicOnly, ISSUER));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> IssuerKey.fromPrivateJwk("not json", ISSUER));
    }

    static org.jose4j.jws.JsonWebSignature jws(String compact) throws org.jose4j.lang.JoseException {
        org.jose4j.jws.JsonWebSignature jws = new org.jose4j.jws.JsonWebSignature();
        jws.setCompactSerialization(compact);
        return jws;
    }
}
