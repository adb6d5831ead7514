package org.capacityacademy.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;

import java.time.Clock;
import java.util.Optional;

/**
 * What administrators decide about an account beyond its roles: whether it may sign in
 * (deactivated and reactivated), and whether the person is a verified official. The platform
 * always keeps one active administrator, and nobody deactivates themself.
 */
@Stateless
public class AccountStatus {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Event<AccountDeactivated> deactivated;

    Clock clock = Clock.systemUTC();

    /** Whether the address belongs to an account that may sign in (one small query; see {@link SignedInSessions} for how often). */
    public boolean isActive(String email) {
        return em.createNamedQuery(Account.IS_ACTIVE, Boolean.class).setParameter("email", Account.normaliseEmail(email))
                .getResultStream().findFirst().orElse(false);
    }

    /** Stops the account from signing in; false when it was deactivated already. */
    public boolean deactivate(Account administrator, long accountId) {
        Account account = get(accountId);
        if (account.getId().equals(administrator.getId())) {
            throw new AccountException("user.cannotDeactivateSelf");
        }
        if (!account.isActive()) {
            return false;
        }
        if (account.has(Role.ADMIN) && accounts.administratorCount() <= 1) {
            throw new AccountException("user.lastAdministrator");
        }
        account.deactivate(clock.instant());
        deactivated.fire(new AccountDeactivated(accountId));
        return true;
    }

    /** Lets the account sign in again; false when it was active. */
    public boolean reactivate(long accountId) {
        Account account = get(accountId);
        if (account.isActive()) {
            return false;
        }
        account.reactivate();
        return true;
    }

    /** Marks the person as a verified official, by this administrator, now; false when they were already. */
    public boolean verifyAsOfficial(Account administrator, long accountId) {
        return get(accountId).verifyAsOfficial(administrator.getId(), clock.instant());
    }

    /** Withdraws the mark; false when there was none. */
    public boolean withdrawOfficialVerification(long accountId) {
        return get(accountId).withdrawOfficialVerification();
    }

    private Account get(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId))
                .orElseThrow(() -> new AccountException("account.notFound"));
    }
}
