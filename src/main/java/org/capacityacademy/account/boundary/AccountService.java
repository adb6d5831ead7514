package org.capacityacademy.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

    @Inject
    LocalPasswords localPasswords;

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
        if (localPasswords.offFor(address).isPresent()) {
            throw new AccountException("register.passwordOff");
        }
        if (findByEmail(address).isPresent()) {
            throw new AccountException("register.emailTaken");
        }
        Account account = new Account(address, hasher.hash(password), profile, clock.instant());
        em.persist(account);
        em.flush();
        return account;
    }

    /**
     * Accounts an administrator creates for others (the bulk import), by address: they sign in
     * after setting a password through the link mailed to them. Until then the account has a
     * random password nobody is told and must change; one random password, hashed once, serves
     * the whole batch, because hashing one per person (0.2 s each) would keep an import of
     * thousands busy for minutes, and the password is never known to anyone either way.
     */
    public List<Account> createInvited(java.util.Map<String, Profile> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        String unknownPassword = hasher.hash(org.capacityacademy.account.control.SecureTokens.newToken());
        List<Account> created = new java.util.ArrayList<>();
        people.forEach((email, profile) -> {
            String address = Account.normaliseEmail(email);
            checkProfile(profile);
            if (findByEmail(address).isPresent()) {
                throw new AccountException("register.emailTaken");
            }
            Account account = new Account(address, unknownPassword, profile, clock.instant());
            account.requirePasswordChange();
            em.persist(account);
            created.add(account);
        });
        em.flush();
        return created;
    }

    /**
     * An account for a person another party vouches for and who signs in through it: an identity
     * provider (OpenID Connect) or a learning platform (LTI, which gives no e-mail address: the
     * caller chooses a unique one that reaches nobody). The account has a random password nobody
     * is told, as an invited account has, but is not asked to change it.
     */
    public Account createExternal(String email, Profile profile) {
        String address = Account.normaliseEmail(email);
        if (!Account.isEmail(address)) {
            throw new AccountException("oidc.failed.email");
        }
        checkProfile(profile);
        if (findByEmail(address).isPresent()) {
            throw new AccountException("register.emailTaken");
        }
        Account account = new Account(address, hasher.hash(org.capacityacademy.account.control.SecureTokens.newToken()),
                profile, clock.instant());
        em.persist(account);
        em.flush();
        return account;
    }

    /** The addresses among these (normalised) that have an account, asked in one query. */
    public java.util.Set<String> registeredAmong(java.util.Collection<String> emails) {
        if (emails.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("SELECT a.email FROM Account a WHERE a.email IN :emails", String.class)
                .setParameter("emails", emails.stream().map(Account::normaliseEmail).toList()).getResultList());
    }

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    /**
     * The id of the account with this e-mail address: one indexed lookup that reads no account,
     * for the many requests that only need to know whose they are (lesson pages, saved answers).
     */
    public Optional<Long> idOf(String email) {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.email = :email", Long.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst();
    }

    /** The full name the header greets a person with; one lookup that reads no account. */
    public Optional<String> fullNameOf(String email) {
        return em.createQuery("SELECT a.profile.fullName FROM Account a WHERE a.email = :email", String.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst();
    }

    public long getIdOf(String email) {
        return idOf(email).orElseThrow(() -> new AccountException("account.notFound"));
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
        if (role == Role.ADMIN && account.has(Role.ADMIN) && account.isActive() && administratorCount() <= 1) {
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

    /**
     * How many active accounts hold the ADMIN role, their rows locked until the transaction ends:
     * two administrators removing each other at the same moment are then counted one after the
     * other, and cannot leave the platform without one. (Public: the account component's other
     * boundaries guard with it too.) Administrators are few, so reading them is cheap.
     */
    public long administratorCount() {
        return em.createNamedQuery(Account.FIND_ACTIVE_WITH_ROLE, Account.class).setParameter("role", Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().size();
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
