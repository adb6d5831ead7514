package org.capacityacademy.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.control.PasswordHasher;
import org.capacityacademy.account.control.PasswordPolicy;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.platform.control.SupportedLanguage;
import org.capacityacademy.platform.control.Where;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Registration, profiles, passwords and roles. */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<RoleChanged> roleChanged;

    @Inject
    PasswordHasher hasher;

    @Inject
    Countries countries;

    Clock clock = Clock.systemUTC();

    /**
     * Creates a learner's account. A taken address is refused with a message that points to
     * signing in or resetting the password, which is all the form has to say.
     */
    public Account register(String email, String password, Profile profile) {
        String address = Account.normaliseEmail(email);
        PasswordPolicy.problemWith(password, address).ifPresent(key -> {
            throw new AccountException(key);
        });
        checkProfile(profile);
        if (findByEmail(address).isPresent()) {
            throw new AccountException("register.emailTaken");
        }
        Account account = new Account(address, hasher.hash(password), profile, clock.instant());
        em.persist(account);
        em.flush();
        return account;
    }

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    /** The account with this id, e.g. to name the person in a record kept elsewhere. */
    public Optional<Account> find(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId));
    }

    public Account getByEmail(String email) {
        return findByEmail(email).orElseThrow(() -> new AccountException("account.notFound"));
    }

    public Account updateProfile(String email, Profile changed) {
        checkProfile(changed);
        Account account = getByEmail(email);
        account.updateProfile(changed);
        return account;
    }

    public void changeLanguage(String email, SupportedLanguage language) {
        findByEmail(email).ifPresent(account -> {
            Profile profile = new Profile(account.getProfile());
            profile.setPreferredLanguage(language.getTag());
            account.updateProfile(profile);
        });
    }

    public void changePassword(String email, String currentPassword, String newPassword) {
        Account account = getByEmail(email);
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException("password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new AccountException("password.sameAsBefore");
        }
        PasswordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(key -> {
            throw new AccountException(key);
        });
        account.changePasswordHash(hasher.hash(newPassword));
    }

    public void grant(long accountId, Role role) {
        Account account = get(accountId);
        if (!account.has(role)) {
            account.grant(role);
            roleChanged.fire(new RoleChanged(accountId, account.getEmail(), role, true));
        }
    }

    /** Removes a role; the platform always keeps at least one active administrator. */
    public void revoke(long accountId, Role role) {
        Account account = get(accountId);
        if (role == Role.ADMIN && account.has(Role.ADMIN) && administratorCount() <= 1) {
            throw new AccountException("users.lastAdministrator");
        }
        if (account.has(role)) {
            account.revoke(role);
            roleChanged.fire(new RoleChanged(accountId, account.getEmail(), role, false));
        }
    }

    public List<Account> search(String text, int first, int max) {
        return em.createNamedQuery(Account.SEARCH, Account.class)
                .setParameter("text", likePattern(text))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String text) {
        return em.createNamedQuery(Account.COUNT_SEARCH, Long.class)
                .setParameter("text", likePattern(text)).getSingleResult();
    }

    /** Active administrators: the platform never lets the last one go. */
    public long administratorCount() {
        return em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
    }

    private Account get(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId))
                .orElseThrow(() -> new AccountException("account.notFound"));
    }

    private void checkProfile(Profile profile) {
        profile.normalise();
        if (countries.find(profile.getCountryCode()).isEmpty()) {
            throw new AccountException("profile.unknownCountry");
        }
        if (SupportedLanguage.fromTag(profile.getPreferredLanguage()).isEmpty()) {
            profile.setPreferredLanguage(SupportedLanguage.DEFAULT.getTag());
        }
    }

    static String likePattern(String text) {
        return Where.likePattern(text);
    }
}
