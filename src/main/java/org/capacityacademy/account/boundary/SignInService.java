package org.capacityacademy.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.control.PasswordHasher;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.SignInThrottle;

import java.time.Clock;
import java.time.Instant;
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

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Attempt signIn(String email, String password, String clientAddress) {
        Instant now = clock.instant();
        String address = Account.normaliseEmail(email);
        SignInThrottle byAddress = throttle("email:" + address, now);
        SignInThrottle byClient = throttle("client:" + clientAddress, now);
        if (byAddress.isLocked(now) || byClient.isLocked(now)) {
            return new Attempt(Outcome.LOCKED, null);
        }
        Optional<Account> account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", address).getResultStream().findFirst();
        if (account.isEmpty()) {
            hasher.spendTheTimeOfOneCheck(password);
        } else if (hasher.matches(password, account.get().getPasswordHash())) {
            em.remove(byAddress);
            // only someone who knows the password learns that the account is deactivated
            return new Attempt(account.get().isActive() ? Outcome.SIGNED_IN : Outcome.DEACTIVATED,
                    account.get().isActive() ? account.get() : null);
        }
        byAddress.failureAt(now, ADDRESS_LIMIT);
        byClient.failureAt(now, CLIENT_LIMIT);
        return new Attempt(byAddress.isLocked(now) ? Outcome.LOCKED : Outcome.WRONG_CREDENTIALS, null);
    }

    private SignInThrottle throttle(String key, Instant now) {
        String bounded = key.length() > 300 ? key.substring(0, 300) : key;
        SignInThrottle throttle = em.find(SignInThrottle.class, bounded, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new SignInThrottle(bounded, now);
            em.persist(throttle);
        }
        return throttle;
    }
}
