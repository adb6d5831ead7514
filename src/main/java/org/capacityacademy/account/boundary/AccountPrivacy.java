package org.capacityacademy.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountErased;
import org.capacityacademy.account.boundary.PersonalDataRequested;
import org.capacityacademy.account.control.PasswordHasher;
import org.capacityacademy.account.control.SecureTokens;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Profile;

import static org.capacityacademy.account.boundary.PersonalDataRequested.row;
import static org.capacityacademy.account.boundary.PersonalDataRequested.rows;

/** A person's account, profile, roles, password resets and sign-in counts: in their export, and erased on request. */
@Stateless
public class AccountPrivacy {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public void export(@Observes PersonalDataRequested request) {
        Account account = em.find(Account.class, request.accountId());
        Profile profile = account.getProfile();
        JsonArrayBuilder roles = Json.createArrayBuilder();
        account.getRoles().forEach(role -> roles.add(role.name()));
        request.add("account", Json.createObjectBuilder(row(new Object[]{account.getId(), account.getEmail(),
                        profile.getFullName(), profile.getCountryCode(), profile.getOrganisation(),
                        profile.getOrganisationType() == null ? null : profile.getOrganisationType().name(), profile.getJobTitle(),
                        profile.getPreferredLanguage(), profile.getGender() == null ? null : profile.getGender().name(),
                        account.isActive(), account.getCreatedAt(), account.isPasswordChangeRequired(),
                        account.getDeactivatedAt(), account.getVerifiedOfficialAt()},
                "id", "email", "fullName", "country", "organisation", "organisationType", "jobTitle", "preferredLanguage",
                "gender", "active", "createdAt", "passwordChangeRequired", "deactivatedAt", "verifiedOfficialAt"))
                .add("roles", roles).add("password", "stored only as a salted PBKDF2 hash, not included").build());
        request.add("passwordResets", rows(em.createNativeQuery("SELECT expires_at, used_at FROM password_reset "
                + "WHERE account_id = ? ORDER BY expires_at").setParameter(1, request.accountId()).getResultList(),
                "expiresAt", "usedAt"));
        request.add("signInFailures", rows(em.createNativeQuery("SELECT failures, window_started_at, locked_until "
                + "FROM sign_in_throttle WHERE throttle_key = ?").setParameter(1, "email:" + request.email()).getResultList(),
                "failures", "windowStartedAt", "lockedUntil"));
    }

    /** Removes resets and sign-in counts, then the account's personal data (the account itself stays, closed). */
    public void erase(@Observes AccountErased erased) {
        em.createNativeQuery("DELETE FROM password_reset WHERE account_id = ?").setParameter(1, erased.accountId()).executeUpdate();
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE throttle_key = ?")
                .setParameter(1, "email:" + erased.formerEmail()).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(org.capacityacademy.account.entity.PasswordReset.class);
        em.getEntityManagerFactory().getCache().evict(org.capacityacademy.account.entity.SignInThrottle.class);
        Account account = em.find(Account.class, erased.accountId());
        account.erase(hasher.hash(SecureTokens.newToken()), erased.at());
    }
}
