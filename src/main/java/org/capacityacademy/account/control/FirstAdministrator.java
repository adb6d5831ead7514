package org.capacityacademy.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.account.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On the first start (no administrator yet) creates one: from {@code ADMIN_EMAIL} and
 * {@code ADMIN_PASSWORD} when given, otherwise with a generated one-time password that is
 * printed once in the log and must be changed at the first sign-in. There is no built-in
 * default password.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final String DEFAULT_EMAIL = "admin@capacity-academy.local";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> password;

    @PostConstruct
    void createIfNone() {
        long administrators = em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
        if (administrators > 0) {
            return;
        }
        String address = email.filter(e -> !e.isBlank()).orElse(DEFAULT_EMAIL);
        Optional<String> given = password.filter(p -> !p.isBlank());
        String firstPassword = given.orElseGet(() -> SecureTokens.newPassword(16));
        Profile profile = new Profile();
        profile.setFullName("Administrator");
        profile.setCountryCode("CH");
        profile.setOrganisation("Capacity Academy");
        profile.setOrganisationType(OrganisationType.INTERNATIONAL_ORGANISATION);
        profile.setPreferredLanguage("en");
        Account admin = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(address)).getResultStream().findFirst()
                .orElseGet(() -> {
                    Account created = new Account(address, hasher.hash(firstPassword), profile, Instant.now());
                    em.persist(created);
                    return created;
                });
        admin.grant(Role.ADMIN);
        if (given.isEmpty()) {
            admin.changePasswordHash(hasher.hash(firstPassword));
            admin.requirePasswordChange();
            LOG.warning(() -> "First administrator created: e-mail " + admin.getEmail() + ", one-time password "
                    + firstPassword + " (shown once; it must be changed at the first sign-in)");
        } else {
            LOG.info(() -> "First administrator created from ADMIN_EMAIL: " + admin.getEmail());
        }
    }
}
