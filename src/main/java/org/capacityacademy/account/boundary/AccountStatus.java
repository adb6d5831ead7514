package org.capacityacademy.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** Whether an account may be signed in, with which roles, and the name its pages show. */
    public record Standing(boolean active, Set<Role> roles, String fullName) {
    }

    /** Whether the address belongs to an account that may sign in. */
    public boolean isActive(String email) {
        return standing(email).map(Standing::active).orElse(false);
    }

    /**
     * The standing of the account with this address, if there is one (one small query by an indexed
     * column; see {@link SignedInSessions} for how often a session asks).
     */
    public Optional<Standing> standing(String email) {
        List<Object[]> rows = em.createNamedQuery(Account.STANDING, Object[].class)
                .setParameter("email", Account.normaliseEmail(email)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(row -> (Role) row[1]).filter(java.util.Objects::nonNull).forEach(roles::add);
        return Optional.of(new Standing(Boolean.TRUE.equals(rows.get(0)[0]), roles, (String) rows.get(0)[2]));
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
