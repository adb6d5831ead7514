package org.capacityacademy.credential.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Open Badges credential with an eddsa-rdfc-2022 proof: made and checked with the shipped contexts only. */
class DataIntegrityProofsTest {

    static final Issuer ISSUER = BadgeCredentialTest.ISSUER;

    @Test
    void theProofHoldsForTheIssuersKeyAndFailsAfterOneCharacterChanged() {
        IssuerKey key = IssuerKey.fromPrivateJwk(IssuerKey.generate(), ISSUER);
        JsonObject unsigned = BadgeCredential.of(BadgeCredentialTest.record(), ISSUER, "Completed", "Rule", "Score");
        JsonObject signed = DataIntegrityProofs.sign(unsigned, key, Instant.parse("2026-12-01T10:15:30.123Z"));

        JsonObject proof = signed.getJsonObject("proof");
        assertEquals("DataIntegrityProof", proof.getString("type"));
        assertEquals("eddsa-rdfc-2022", proof.getString("cryptosuite"));
        assertEquals("assertionMethod", proof.getString("proofPurpose"));
        assertEquals(key.multikeyId(), proof.getString("verificationMethod"));
        assertEquals("2026-12-01T10:15:30Z", proof.getString("created"));
        assertTrue(proof.getString("proofValue").startsWith("z"));
        assertTrue(key.multibase().startsWith("z6Mk"), key.multibase());

        Optional<byte[]> ours = IssuerKey.rawPublicKey(key.multibase());
        assertEquals(Optional.of(key.multikeyId()),
                DataIntegrityProofs.verify(signed, id -> id.equals(key.multikeyId()) ? ours : Optional.empty()));

        JsonObject changed = Json.createReader(new StringReader(signed.toString().replace("Amina Diallo", "Amina Dialla")))
                .readObject();
        assertEquals(Optional.empty(), DataIntegrityProofs.verify(changed, id -> ours));
        IssuerKey other = IssuerKey.fromPrivateJwk(IssuerKey.generate(), ISSUER);
        assertEquals(Optional.empty(), DataIntegrityProofs.verify(signed, id -> IssuerKey.rawPublicKey(other.multibase())),
                "another key's proof is refused");
    }
}
