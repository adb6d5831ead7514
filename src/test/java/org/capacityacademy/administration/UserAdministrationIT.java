package org.capacityacademy.administration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountDirectory.Filter;
import org.capacityacademy.account.boundary.AccountException;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.boundary.AccountStatus;
import org.capacityacademy.account.boundary.SignInService;
import org.capacityacademy.account.boundary.SignInService.Outcome;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.administration.boundary.UserAdministration;
import org.capacityacademy.administration.entity.AuditEntry;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Administrators' user management on the real server and database: the list's filters counted in
 * the database, deactivation (which stops sign-in), verified officials, the guards, the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    @Inject
    UserAdministration users;

    @Inject
    AccountService accounts;

    @Inject
    AccountStatus status;

    @Inject
    SignInService signIns;

    @Inject
    AuditLog audit;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    private static String domain() {
        return UUID.randomUUID().toString().substring(0, 8) + ".users.example.org";
    }

    private Account person(String email, String name, String country, OrganisationType type) {
        Profile profile = TestAccounts.profile(name);
        profile.setCountryCode(country);
        profile.setOrganisationType(type);
        return accounts.register(email, TestAccounts.PASSWORD, profile);
    }

    private String administrator() {
        String email = TestAccounts.uniqueEmail("user-admin");
        Account admin = accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile("User Administrator"));
        accounts.grant(admin.getId(), Role.ADMIN);
        return email;
    }

    private long count(String text, String country, OrganisationType type, Role role, Boolean active, Boolean verified) {
        return users.count(new Filter(text, country, type, role, active, verified, null, null));
    }

    @Test
    void theFiltersCountInTheDatabase() {
        String admin = administrator();
        String domain = domain();
        Account kenyanOfficial = person("wanjiru@" + domain, "Wanjiru Kamau", "KE", OrganisationType.GOVERNMENT);
        Account kenyanResponder = person("otieno@" + domain, "Otieno Odhiambo", "KE", OrganisationType.CERT);
        Account senegaleseResponder = person("awa@" + domain, "Awa Ndiaye", "SN", OrganisationType.CERT);
        Account senegaleseAdmin = person("moussa@" + domain, "Moussa Sow", "SN", OrganisationType.GOVERNMENT);
        person("litia@" + domain, "Litia Vunibola", "FJ", OrganisationType.REGULATOR);
        users.grant(admin, kenyanResponder.getId(), Role.INSTRUCTOR);
        users.grant(admin, senegaleseAdmin.getId(), Role.ADMIN);
        users.deactivate(admin, senegaleseResponder.getId(), "left the CERT");
        users.verifyAsOfficial(admin, kenyanOfficial.getId());

        assertEquals(5, count(domain, null, null, null, null, null));
        assertEquals(5, count(domain.toUpperCase(), null, null, null, null, null), "text ignores case");
        assertEquals(1, users.count(new Filter("otieno@" + domain, null, null, null, null, null, null, null)));
        assertEquals(2, count(domain, "KE", null, null, null, null));
        assertEquals(2, count(domain, "sn", null, null, null, null), "country codes ignore case");
        assertEquals(1, count(domain, "FJ", null, null, null, null));
        assertEquals(2, count(domain, null, OrganisationType.CERT, null, null, null));
        assertEquals(2, count(domain, null, OrganisationType.GOVERNMENT, null, null, null));
        assertEquals(0, count(domain, null, OrganisationType.ACADEMIA, null, null, null));
        assertEquals(5, count(domain, null, null, Role.LEARNER, null, null));
        assertEquals(1, count(domain, null, null, Role.INSTRUCTOR, null, null));
        assertEquals(1, count(domain, null, null, Role.ADMIN, null, null));
        assertEquals(4, count(domain, null, null, null, true, null));
        assertEquals(1, count(domain, null, null, null, false, null));
        assertEquals(1, count(domain, null, null, null, null, true));
        assertEquals(4, count(domain, null, null, null, null, false));
        assertEquals(1, count(domain, "SN", OrganisationType.CERT, Role.LEARNER, false, false), "every filter at once");
        assertEquals(0, count(domain, "SN", OrganisationType.CERT, null, true, null));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(5, users.count(new Filter(domain, null, null, null, null, null, today, today)));
        assertEquals(0, users.count(new Filter(domain, null, null, null, null, null, null, today.minusDays(1))));

        List<Account> page = users.search(new Filter(domain, null, null, null, null, null, null, null), 0, 2);
        assertEquals(List.of("Awa Ndiaye", "Litia Vunibola"), page.stream().map(a -> a.getProfile().getFullName()).toList(),
                "sorted by name, a page at a time");
        assertEquals(List.of("Wanjiru Kamau"), users.search(new Filter(domain, null, null, null, null, null, null, null), 4, 2)
                .stream().map(a -> a.getProfile().getFullName()).toList());
        assertEquals(List.of("Otieno Odhiambo"), users.search(new Filter("odhiambo", "KE", null, null, null, null, null, null), 0, 25)
                .stream().filter(a -> a.getEmail().endsWith(domain)).map(a -> a.getProfile().getFullName()).toList());
    }

    @Test
    void aDeactivatedAccountCannotSignInUntilReactivated() {
        String admin = administrator();
        String email = TestAccounts.uniqueEmail("deactivated");
        Account person = person(email, "Rashid Karimov", "UZ", OrganisationType.LAW_ENFORCEMENT);
        assertEquals(Outcome.SIGNED_IN, signIns.signIn(email, TestAccounts.PASSWORD, "10.9.0.1").outcome());

        AccountException noReason = assertThrows(AccountException.class, () -> users.deactivate(admin, person.getId(), "  "));
        assertEquals("user.reasonRequired", noReason.getMessageKey());
        assertTrue(status.isActive(email), "a refused deactivation changes nothing");

        users.deactivate(admin, person.getId(), "left the ministry");
        assertFalse(status.isActive(email));
        assertFalse(accounts.getByEmail(email).isActive());
        assertTrue(accounts.getByEmail(email).getDeactivatedAt() != null, "since when is kept");
        assertEquals(Outcome.DEACTIVATED, signIns.signIn(email, TestAccounts.PASSWORD, "10.9.0.2").outcome(),
                "the right password is told the account is deactivated");
        assertEquals(Outcome.WRONG_CREDENTIALS, signIns.signIn(email, "not the password", "10.9.0.3").outcome(),
                "a wrong password learns nothing about the account");
        users.deactivate(admin, person.getId(), "again");
        assertEquals("user.resetDeactivated", assertThrows(AccountException.class,
                () -> users.sendPasswordReset(admin, person.getId())).getMessageKey());

        users.reactivate(admin, person.getId(), "came back");
        assertTrue(status.isActive(email));
        assertNull(accounts.getByEmail(email).getDeactivatedAt());
        assertEquals(Outcome.SIGNED_IN, signIns.signIn(email, TestAccounts.PASSWORD, "10.9.0.4").outcome());

        List<AuditEntry> history = users.history(person.getId());
        assertEquals(List.of("deactivate", "reactivate"), history.stream().map(AuditEntry::getAction).toList(),
                "deactivating twice is written once");
        assertEquals(admin, history.get(0).getActorEmail());
        assertEquals(email + ": left the ministry", history.get(0).getDetails());
        assertEquals(email + ": came back", history.get(1).getDetails());
        assertEquals(2, audit.count(new AuditLog.Filter("deactivate", admin, null, null, null))
                + audit.count(new AuditLog.Filter("reactivate", admin, null, null, null)), "found in the audit log by action and person");
    }

    @Test
    void verifyingAnOfficialKeepsWhoAndWhen() {
        String admin = administrator();
        long adminId = accounts.getByEmail(admin).getId();
        String email = TestAccounts.uniqueEmail("official");
        Account person = person(email, "Nomvula Dlamini", "SZ", OrganisationType.GOVERNMENT);
        assertFalse(person.isVerifiedOfficial());

        Instant before = Instant.now().minusSeconds(1);
        users.verifyAsOfficial(admin, person.getId());
        Account verified = accounts.getByEmail(email);
        assertTrue(verified.isVerifiedOfficial());
        assertEquals(adminId, verified.getVerifiedOfficialBy());
        Instant at = verified.getVerifiedOfficialAt();
        assertTrue(!at.isBefore(before) && at.isBefore(Instant.now().plusSeconds(1)), at.toString());

        String other = administrator();
        users.verifyAsOfficial(other, person.getId());
        assertEquals(adminId, accounts.getByEmail(email).getVerifiedOfficialBy(), "the first verification is kept");

        users.withdrawOfficialVerification(other, person.getId(), "no longer at the ministry");
        Account withdrawn = accounts.getByEmail(email);
        assertFalse(withdrawn.isVerifiedOfficial());
        assertNull(withdrawn.getVerifiedOfficialAt());
        assertNull(withdrawn.getVerifiedOfficialBy());

        List<AuditEntry> history = users.history(person.getId());
        assertEquals(List.of("verify-official", "unverify-official"), history.stream().map(AuditEntry::getAction).toList());
        assertEquals(List.of(admin, other), history.stream().map(AuditEntry::getActorEmail).toList());
        assertTrue(Duration.between(history.get(0).getOccurredAt(), at).abs().toSeconds() < 2);
    }

    @Test
    void nobodyDeactivatesThemselfOrTheLastActiveAdministrator() throws Exception {
        String admin = administrator();
        long adminId = accounts.getByEmail(admin).getId();
        assertRefused("user.cannotDeactivateSelf", () -> users.deactivate(admin, adminId, "tired"));
        assertTrue(status.isActive(admin));

        String learner = TestAccounts.uniqueEmail("not-admin");
        Account notAdmin = person(learner, "Not An Admin", "KE", OrganisationType.ACADEMIA);
        assertRefused("user.notAdministrator", () -> users.deactivate(learner, adminId, "coup"));
        assertRefused("user.notAdministrator", () -> users.grant(learner, notAdmin.getId(), Role.ADMIN));
        assertFalse(accounts.getByEmail(learner).has(Role.ADMIN));

        // every other administrator deactivated, inside a transaction that is rolled back afterwards
        assertRefusedAsLastAdministrator(adminId, "users.lastAdministrator", () -> users.revoke(admin, adminId, Role.ADMIN));
        assertRefusedAsLastAdministrator(adminId, "user.lastAdministrator",
                () -> status.deactivate(accounts.getByEmail(learner), adminId));
        assertTrue(status.isActive(admin) && accounts.getByEmail(admin).has(Role.ADMIN));
        assertTrue(users.history(adminId).stream().noneMatch(e -> e.getAction().equals("deactivate")));
    }

    private void assertRefusedAsLastAdministrator(long adminId, String key, Executable change) throws Exception {
        transaction.begin();
        try {
            em.createNativeQuery("UPDATE account SET active = FALSE WHERE id <> ? AND id IN "
                    + "(SELECT account_id FROM account_role WHERE role = 'ADMIN')").setParameter(1, adminId).executeUpdate();
            assertRefused(key, change);
        } finally {
            transaction.rollback();
        }
    }

    private static void assertRefused(String key, Executable change) {
        assertEquals(key, assertThrows(AccountException.class, change).getMessageKey());
    }

    @Test
    void aResetLinkThatCouldNotBeMailedLeavesNothingBehind() {
        // the test server's mail goes to 127.0.0.1:3025, where nothing listens outside PasswordResetIT
        String admin = administrator();
        String email = TestAccounts.uniqueEmail("reset");
        Account person = person(email, "Tupou Taufa", "TO", OrganisationType.GOVERNMENT);
        assertRefused("user.resetMailFailed", () -> users.sendPasswordReset(admin, person.getId()));
        assertEquals(0L, em.createQuery("SELECT COUNT(r) FROM PasswordReset r WHERE r.account.id = :id", Long.class)
                .setParameter("id", person.getId()).getSingleResult(), "no link is kept that was not sent");
        assertTrue(users.history(person.getId()).isEmpty(), "and nothing is written to the audit log");
        assertTrue(users.mailsResetLinks(), "a mail server is set for the tests");
    }
}
