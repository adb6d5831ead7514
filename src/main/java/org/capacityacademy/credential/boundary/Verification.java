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
import org.capacityacademy.credential.control.IssuerKey;
import org.capacityacademy.credential.control.StatusList;
import org.capacityacademy.credential.control.VerificationCode;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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
     * Checks a presented Open Badges credential (VC-JWT): signed by this platform's key, issued
     * by this platform, unchanged, for a record that exists, and not revoked in the published list.
     */
    public Verdict credential(String jwt, String client) {
        if (self.isPaused(client)) {
            return Verdict.unknown(Reason.TOO_MANY);
        }
        Verdict verdict = check(jwt == null ? "" : jwt.strip());
        if (verdict.isUnknown()) {
            self.countFailure(client);
        }
        return verdict;
    }

    private Verdict check(String jwt) {
        IssuerKey key = keys.key();
        JsonWebSignature jws = new JsonWebSignature();
        try {
            jws.setCompactSerialization(jwt);
        } catch (JoseException | RuntimeException e) {
            return Verdict.unknown(Reason.MALFORMED);
        }
        if (!key.keyId().equals(jws.getKeyIdHeaderValue())) {
            return Verdict.unknown(Reason.FOREIGN_ISSUER);
        }
        Optional<String> payload = key.verifiedPayload(jws);
        if (payload.isEmpty()) {
            return Verdict.unknown(Reason.BAD_SIGNATURE);
        }
        JsonObject credential;
        try {
            credential = Json.createReader(new StringReader(payload.get())).readObject();
        } catch (JsonException | IllegalStateException e) {
            return Verdict.unknown(Reason.MALFORMED);
        }
        JsonObject issuer = credential.getJsonObject("issuer");
        if (issuer == null || !keys.issuer().did().equals(issuer.getString("id", ""))) {
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
