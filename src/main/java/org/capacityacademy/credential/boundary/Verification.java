package org.capacityacademy.credential.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.entity.SignInThrottle;
import org.capacityacademy.credential.boundary.Verdict.Reason;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.capacityacademy.credential.control.DataIntegrityProofs;
import org.capacityacademy.credential.control.Issuer;
import org.capacityacademy.credential.control.IssuerKey;
import org.capacityacademy.credential.control.PdfSignatures;
import org.capacityacademy.credential.control.PdfSignatures.Check;
import org.capacityacademy.credential.control.StatusList;
import org.capacityacademy.credential.control.VerificationCode;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Public verification, by code or by a presented credential. It reveals nothing but the one
 * record asked about, and lookups that find nothing are counted per client address (in the
 * database, so across nodes): after {@link #FAILURE_LIMIT} in 15 minutes that client is paused,
 * which makes guessing codes hopeless on top of their 30^9 possibilities.
 */
@Stateless
public class Verification {

    static final int FAILURE_LIMIT = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Records records;

    @Inject
    SigningKeys keys;

    @EJB
    Verification self;

    Clock clock = Clock.systemUTC();

    /** The record a typed, scanned or linked code names. */
    public Verdict byCode(String typed, String client) {
        if (self.isPaused(client)) {
            return Verdict.unknown(Reason.TOO_MANY);
        }
        Optional<String> code = VerificationCode.normalise(typed);
        Verdict verdict = code.filter(VerificationCode::isWellFormed).flatMap(records::findByCode).map(Verdict::of)
                .orElseGet(() -> Verdict.unknown(code.isPresent() && VerificationCode.isWellFormed(code.get())
                        ? Reason.NOT_FOUND : Reason.MISTYPED));
        if (verdict.isUnknown()) {
            self.countFailure(client);
        }
        return verdict;
    }

    /**
     * Checks a presented Open Badges credential, as a VC-JWT or as JSON-LD with a Data Integrity
     * proof: signed by one of this platform's keys (the current one or one it used before),
     * issued by this platform, unchanged, for a record that exists, and not revoked in the
     * published list.
     */
    public Verdict credential(String presented, String client) {
        if (self.isPaused(client)) {
            return Verdict.unknown(Reason.TOO_MANY);
        }
        String text = presented == null ? "" : presented.strip();
        Verdict verdict = text.startsWith("{") ? checkLinkedData(text) : check(text);
        if (verdict.isUnknown()) {
            self.countFailure(client);
        }
        return verdict;
    }

    /**
     * Checks a presented PDF certificate: its signature holds over the whole file, it was made
     * with one of this academy's certificates, and the record its reason names is found.
     */
    public Verdict pdf(byte[] pdf, String client) {
        if (self.isPaused(client)) {
            return Verdict.unknown(Reason.TOO_MANY);
        }
        Check check = PdfSignatures.check(pdf);
        Verdict verdict = switch (check.outcome()) {
            case UNREADABLE -> Verdict.unknown(Reason.NOT_A_PDF);
            case NOT_SIGNED -> Verdict.unknown(Reason.NOT_SIGNED);
            case CHANGED -> Verdict.unknown(Reason.DOCUMENT_CHANGED);
            case INTACT -> keys.isOwnCertificate(check.signer()) ? signedRecord(check) : Verdict.unknown(Reason.FOREIGN_ISSUER);
        };
        if (verdict.isUnknown()) {
            self.countFailure(client);
        }
        return verdict;
    }

    /** The record whose code ends the signature's reason ("Completion record 7KX2P-9M4QT", in the record's language). */
    private Verdict signedRecord(Check check) {
        Verdict.Signed signed = new Verdict.Signed(Issuer.NAME, check.signedAt(), check.timestamped());
        String reason = check.reason() == null ? "" : check.reason().strip();
        String code = reason.substring(reason.lastIndexOf(' ') + 1);
        return VerificationCode.normalise(code).filter(VerificationCode::isWellFormed).flatMap(records::findByCode)
                .map(Verdict::of).orElseGet(() -> Verdict.unknown(Reason.NOT_FOUND)).signedBy(signed);
    }

    private Verdict check(String jwt) {
        JsonWebSignature jws = new JsonWebSignature();
        try {
            jws.setCompactSerialization(jwt);
        } catch (JoseException | RuntimeException e) {
            return Verdict.unknown(Reason.MALFORMED);
        }
        Issuer issuer = keys.issuer();
        Optional<byte[]> key = keys.credentialKeys().stream()
                .filter(known -> issuer.keyId(known.getKeyId()).equals(jws.getKeyIdHeaderValue()))
                .findFirst().flatMap(known -> IssuerKey.rawPublicKey(known.getPublicKey()));
        if (key.isEmpty()) {
            return Verdict.unknown(Reason.FOREIGN_ISSUER);
        }
        Optional<String> payload = IssuerKey.verifiedPayload(jws, key.get());
        if (payload.isEmpty()) {
            return Verdict.unknown(Reason.BAD_SIGNATURE);
        }
        try {
            return ofCredential(Json.createReader(new StringReader(payload.get())).readObject());
        } catch (JsonException | IllegalStateException e) {
            return Verdict.unknown(Reason.MALFORMED);
        }
    }

    private Verdict checkLinkedData(String json) {
        JsonObject credential;
        try {
            credential = Json.createReader(new StringReader(json)).readObject();
        } catch (JsonException | IllegalStateException e) {
            return Verdict.unknown(Reason.MALFORMED);
        }
        if (!isOurs(credential)) {
            return Verdict.unknown(Reason.FOREIGN_ISSUER);
        }
        String prefix = keys.issuer().did() + "#";
        Function<String, Optional<byte[]>> ourKeys = id -> keys.credentialKeys().stream()
                .filter(known -> id.equals(prefix + known.getPublicKey())).findFirst()
                .flatMap(known -> IssuerKey.rawPublicKey(known.getPublicKey()));
        if (DataIntegrityProofs.verify(credential, ourKeys).isEmpty()) {
            return Verdict.unknown(Reason.BAD_SIGNATURE);
        }
        return ofCredential(credential);
    }

    private boolean isOurs(JsonObject credential) {
        JsonValue issuer = credential.get("issuer");
        String id = issuer instanceof JsonObject object ? object.getString("id", "")
                : issuer instanceof JsonString string ? string.getString() : "";
        return keys.issuer().did().equals(id);
    }

    private Verdict ofCredential(JsonObject credential) {
        if (!isOurs(credential)) {
            return Verdict.unknown(Reason.FOREIGN_ISSUER);
        }
        String id = credential.getString("id", "");
        if (!id.startsWith("urn:uuid:")) {
            return Verdict.unknown(Reason.NOT_FOUND);
        }
        return records.byPublicId(id.substring("urn:uuid:".length()))
                .map(record -> revokedInList(record.getStatusIndex())
                        ? new Verdict(Verdict.Status.REVOKED, Reason.NONE, record) : Verdict.of(record))
                .orElseGet(() -> Verdict.unknown(Reason.NOT_FOUND));
    }

    /** Reads the record's bit as the published revocation list has it. */
    private boolean revokedInList(int statusIndex) {
        long first = (long) (StatusList.listOf(statusIndex) - 1) * StatusList.SIZE;
        return records.revokedBetween(first, first + StatusList.SIZE).stream()
                .anyMatch(index -> index == statusIndex);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean isPaused(String client) {
        SignInThrottle throttle = em.find(SignInThrottle.class, key(client));
        return throttle != null && throttle.isLocked(clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void countFailure(String client) {
        Instant now = clock.instant();
        SignInThrottle throttle = em.find(SignInThrottle.class, key(client), LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new SignInThrottle(key(client), now);
            em.persist(throttle);
        }
        throttle.failureAt(now, FAILURE_LIMIT);
    }

    /** The sign-in throttle's table also counts verification failures, under their own key. */
    private static String key(String client) {
        String key = "verify:" + client;
        return key.length() > 300 ? key.substring(0, 300) : key;
    }
}
