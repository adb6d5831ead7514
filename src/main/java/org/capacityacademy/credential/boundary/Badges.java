package org.capacityacademy.credential.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.capacityacademy.credential.control.BadgeCredential;
import org.capacityacademy.credential.control.Issuer;
import org.capacityacademy.credential.control.IssuerKey;
import org.capacityacademy.credential.control.StatusList;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.platform.control.Messages;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * Open Badges 3.0: a record as a signed {@code OpenBadgeCredential} (VC-JWT), the revocation
 * lists as signed {@code BitstringStatusListCredential}s, and the issuer's public key as a JWKS
 * and a {@code did:web} DID document.
 */
@Stateless
public class Badges {

    @Inject
    SigningKeys keys;

    @Inject
    Records records;

    Clock clock = Clock.systemUTC();

    public String credential(CompletionRecord record) {
        Locale locale = SupportedLanguage.fromTag(record.getLanguage()).orElse(SupportedLanguage.DEFAULT).getLocale();
        JsonObject credential = BadgeCredential.of(record, keys.issuer(),
                Messages.text(locale, "badge.description", record.getCourseTitle()),
                Messages.text(locale, "badge.criteria"), Messages.text(locale, "badge.score"));
        return keys.key().sign(credential.toString(), "vc+jwt");
    }

    /** The revocation list with the given number (from 1), signed now. */
    public String statusList(int list) {
        long first = (long) (list - 1) * StatusList.SIZE;
        StatusList bits = StatusList.of(records.revokedBetween(first, first + StatusList.SIZE).stream()
                .map(index -> (int) (index - first)).toList());
        return keys.key().sign(BadgeCredential.statusList(keys.issuer(), list, bits, clock.instant()).toString(), "vc+jwt");
    }

    public JsonObject jwks() {
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(publicJwk())).build();
    }

    /** The issuer's DID document: its Ed25519 key as a JsonWebKey verification method. */
    public JsonObject didDocument() {
        Issuer issuer = keys.issuer();
        IssuerKey key = keys.key();
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/did/v1")
                        .add("https://w3id.org/security/suites/jws-2020/v1"))
                .add("id", issuer.did())
                .add("verificationMethod", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", key.keyId())
                        .add("type", "JsonWebKey2020")
                        .add("controller", issuer.did())
                        .add("publicKeyJwk", publicJwk())))
                .add("assertionMethod", Json.createArrayBuilder().add(key.keyId()))
                .add("authentication", Json.createArrayBuilder().add(key.keyId()))
                .build();
    }

    private JsonObject publicJwk() {
        var jwk = Json.createObjectBuilder();
        for (Map.Entry<String, Object> member : keys.key().publicJwk().entrySet()) {
            jwk.add(member.getKey(), String.valueOf(member.getValue()));
        }
        return jwk.build();
    }

    /** Unused lists are published too (all zero): a verifier never meets a missing list. */
    public static boolean isListNumber(int list) {
        return list >= 1 && list <= 16_384;
    }
}
