package org.capacityacademy.credential.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.capacityacademy.credential.control.BadgeCredential;
import org.capacityacademy.credential.control.DataIntegrityProofs;
import org.capacityacademy.credential.control.JsonLdContexts;
import org.capacityacademy.credential.control.Issuer;
import org.capacityacademy.credential.control.IssuerKey;
import org.capacityacademy.credential.control.StatusList;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.credential.entity.IssuerPublicKey;
import org.capacityacademy.platform.control.Messages;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Open Badges 3.0: a record as a signed {@code OpenBadgeCredential}, in two forms: a VC-JWT, and
 * JSON-LD with a Data Integrity proof ({@code eddsa-rdfc-2022}) for wallets and verifiers that
 * read those; the revocation lists as signed {@code BitstringStatusListCredential}s in the same two
 * forms; and the issuer's public keys (every one it has signed with) as a JWKS and a
 * {@code did:web} DID document.
 */
@Stateless
public class Badges {

    @Inject
    SigningKeys keys;

    @Inject
    Records records;

    Clock clock = Clock.systemUTC();

    public String credential(CompletionRecord record) {
        return keys.key().sign(unsigned(record, keys.issuer()::statusListUrl).toString(), "vc+jwt");
    }

    /** The record as JSON-LD with a Data Integrity proof made now. */
    public JsonObject linkedDataCredential(CompletionRecord record) {
        return DataIntegrityProofs.sign(unsigned(record, keys.issuer()::linkedDataStatusListUrl), keys.key(), clock.instant());
    }

    private JsonObject unsigned(CompletionRecord record, IntFunction<String> statusListUrl) {
        Locale locale = SupportedLanguage.fromTag(record.getLanguage()).orElse(SupportedLanguage.DEFAULT).getLocale();
        return BadgeCredential.of(record, keys.issuer(), Messages.text(locale, "badge.description", record.getCourseTitle()),
                Messages.text(locale, "badge.criteria"), Messages.text(locale, "badge.score"), statusListUrl);
    }

    /** The revocation list with the given number (from 1), signed now. */
    public String statusList(int list) {
        return keys.key().sign(BadgeCredential.statusList(keys.issuer(), list, bits(list), clock.instant()).toString(), "vc+jwt");
    }

    /** The same list as JSON-LD with a Data Integrity proof, for the credentials of that form. */
    public JsonObject linkedDataStatusList(int list) {
        Issuer issuer = keys.issuer();
        return DataIntegrityProofs.sign(BadgeCredential.statusList(issuer.linkedDataStatusListUrl(list), issuer, bits(list),
                clock.instant()), keys.key(), clock.instant());
    }

    private StatusList bits(int list) {
        long first = (long) (list - 1) * StatusList.SIZE;
        return StatusList.of(records.revokedBetween(first, first + StatusList.SIZE).stream()
                .map(index -> (int) (index - first)).toList());
    }

    /** Every key the platform has signed credentials with, as public JWKs: the current one first. */
    public JsonObject jwks() {
        var jwks = Json.createArrayBuilder();
        keysNewestFirst().forEach(key -> jwks.add(publicJwk(key)));
        return Json.createObjectBuilder().add("keys", jwks).build();
    }

    /**
     * The issuer's DID document: each Ed25519 key it has signed with, as a JsonWebKey (the VC-JWT
     * {@code kid}) and as a Multikey (the Data Integrity proofs' verification method).
     */
    public JsonObject didDocument() {
        Issuer issuer = keys.issuer();
        String current = keys.key().keyId();
        var methods = Json.createArrayBuilder();
        var assertion = Json.createArrayBuilder();
        for (IssuerPublicKey key : keysNewestFirst()) {
            String jwkId = issuer.keyId(key.getKeyId());
            String multikeyId = issuer.did() + "#" + key.getPublicKey();
            methods.add(Json.createObjectBuilder().add("id", jwkId).add("type", "JsonWebKey2020")
                    .add("controller", issuer.did()).add("publicKeyJwk", publicJwk(key)));
            methods.add(Json.createObjectBuilder().add("id", multikeyId).add("type", "Multikey")
                    .add("controller", issuer.did()).add("publicKeyMultibase", key.getPublicKey()));
            assertion.add(jwkId).add(multikeyId);
        }
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(JsonLdContexts.DID_V1).add(JsonLdContexts.MULTIKEY_V1)
                        .add("https://w3id.org/security/suites/jws-2020/v1"))
                .add("id", issuer.did())
                .add("verificationMethod", methods)
                .add("assertionMethod", assertion)
                .add("authentication", Json.createArrayBuilder().add(current))
                .build();
    }

    private List<IssuerPublicKey> keysNewestFirst() {
        List<IssuerPublicKey> known = new ArrayList<>(keys.credentialKeys());
        Collections.reverse(known);
        String current = keys.key().thumbprint();
        known.sort(Comparator.comparing(key -> !key.getKeyId().equals(current)));
        return known;
    }

    private JsonObject publicJwk(IssuerPublicKey key) {
        String x = Base64.getUrlEncoder().withoutPadding().encodeToString(IssuerKey.rawPublicKey(key.getPublicKey()).orElseThrow());
        return Json.createObjectBuilder().add("kty", "OKP").add("crv", "Ed25519").add("x", x)
                .add("kid", keys.issuer().keyId(key.getKeyId())).add("alg", "EdDSA").add("use", "sig").build();
    }

    /** Unused lists are published too (all zero): a verifier never meets a missing list. */
    public static boolean isListNumber(int list) {
        return list >= 1 && list <= 16_384;
    }
}
