package org.capacityacademy.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.control.PasswordHasher;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.SignInThrottle;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an e-mail address and password, counting failures per address and per client so
 * that guessing is slowed down across every node. Five failures for an address within 15
 * minutes lock it for 15 minutes; fifty from one client lock that client. A deactivated account
 * does not sign in, and says so only to whoever gives its right password.
 */
@Stateless
public class SignInService {

    static final int ADDRESS_LIMIT = 5;
    static final int CLIENT_LIMIT = 50;

    /** What a sign-in attempt came to. */
    public enum Outcome { SIGNED_IN, WRONG_CREDENTIALS, LOCKED, DEACTIVATED }

    /** The outcome, and the account when it is {@link Outcome#SIGNED_IN}. */
    public record Attempt(Outcome outcome, Account account) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    Clock clock = Clock.systemUTC();

    /**
     * The password is checked (a fifth of a second of hashing) before any row is locked: holding
     * the client's row meanwhile made every sign-in from one address (a ministry or a classroom
     * behind one NAT address) wait for the others, and fail with a lock timeout when a few
     * came at once. The rows are locked only to count a failure, or to clear the address's
     * failures after a success, and checked again then.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Attempt signIn(String email, String password, String clientAddress) {
        Instant now = clock.instant();
        String address = Account.normaliseEmail(email);
        String addressKey = key("email:" + address);
        String clientKey = key("client:" + clientAddress);
        if (isLocked(addressKey, now) || isLocked(clientKey, now)) {
            return new Attempt(Outcome.LOCKED, null);
        }
        Optional<Account> account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", address).getResultStream().findFirst();
        boolean right = false;
        if (account.isEmpty()) {
            hasher.spendTheTimeOfOneCheck(password);
        } else {
            right = hasher.matches(password, account.get().getPasswordHash());
        }
        SignInThrottle byAddress = lockedThrottle(addressKey, now);
        if (byAddress.isLocked(now)) {
            return new Attempt(Outcome.LOCKED, null);   // failures counted meanwhile locked it
        }
        if (right) {
            em.remove(byAddress);
            // only someone who knows the password learns that the account is deactivated
            return new Attempt(account.get().isActive() ? Outcome.SIGNED_IN : Outcome.DEACTIVATED,
                    account.get().isActive() ? account.get() : null);
        }
        SignInThrottle byClient = lockedThrottle(clientKey, now);
        byAddress.failureAt(now, ADDRESS_LIMIT);
        byClient.failureAt(now, CLIENT_LIMIT);
        return new Attempt(byAddress.isLocked(now) ? Outcome.LOCKED : Outcome.WRONG_CREDENTIALS, null);
    }

    private static String key(String key) {
        return key.length() > 300 ? key.substring(0, 300) : key;
    }

    /** Read from the database, not the shared cache, which another node may have made stale. */
    private boolean isLocked(String key, Instant now) {
        SignInThrottle throttle = em.find(SignInThrottle.class, key,
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
        return throttle != null && throttle.isLocked(now);
    }

    private SignInThrottle lockedThrottle(String key, Instant now) {
        SignInThrottle throttle = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new SignInThrottle(key, now);
            em.persist(throttle);
        }
        return throttle;
    }
}
