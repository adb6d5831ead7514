package org.capacityacademy.account;

import jakarta.inject.Inject;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountException;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.boundary.PasswordResets;
import org.capacityacademy.account.boundary.SignInService;
import org.capacityacademy.account.boundary.SignInService.Outcome;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts on the real server and database: registration, sign-in throttling, roles. */
@ExtendWith(ArquillianExtension.class)
class AccountLifecycleIT {

    @Inject
    AccountService accounts;

    @Inject
    SignInService signIns;

    @Inject
    PasswordResets resets;

    @Test
    void learnerRegistersAndSignsInWithTheSamePasswordInAnyCase() {
        String email = TestAccounts.uniqueEmail("Amina");
        accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile("أمينة 🌍 Diallo"));

        Account stored = accounts.getByEmail(email.toUpperCase());
        assertEquals("أمينة 🌍 Diallo", stored.getProfile().getFullName());
        assertEquals(java.util.Set.of(Role.LEARNER), stored.getRoles());
        // the iterations the deployment is configured with (the test deployment lowers them;
        // PasswordHasherTest holds the platform's own 210,000)
        String iterations = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("pbkdf2.iterations", String.class).orElse("210000");
        assertTrue(stored.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:" + iterations + ":"), "password is hashed");
        assertEquals(Outcome.SIGNED_IN, signIns.signIn(email, TestAccounts.PASSWORD, "10.0.0.1").outcome());
    }

    @Test
    void classmatesBehindOneAddressSignInAtTheSameTime() throws Exception {
        java.util.List<String> emails = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> TestAccounts.uniqueEmail("classmate")).toList();
        for (String email : emails) {
            accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile("Classmate"));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(emails.size());
        try {
            var outcomes = pool.invokeAll(emails.stream()
                    .map(email -> (java.util.concurrent.Callable<Outcome>) () -> signIns.signIn(email, TestAccounts.PASSWORD, "10.0.0.77").outcome())
                    .toList());
            for (var outcome : outcomes) {
                assertEquals(Outcome.SIGNED_IN, outcome.get(), "no one waits for the others' password checks");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void duplicateAddressIsRefusedAndNothingIsStored() {
        String email = TestAccounts.uniqueEmail("dup");
        accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile("First"));
        AccountException refused = assertThrows(AccountException.class,
                () -> accounts.register(" " + email.toUpperCase() + " ", TestAccounts.PASSWORD, TestAccounts.profile("Second")));
        assertEquals("register.emailTaken", refused.getMessageKey());
        assertEquals("First", accounts.getByEmail(email).getProfile().getFullName());
    }

    @Test
    void weakPasswordOrUnknownCountryStoresNothing() {
        String email = TestAccounts.uniqueEmail("weak");
        assertEquals("password.tooShort", assertThrows(AccountException.class,
                () -> accounts.register(email, "short", TestAccounts.profile("Weak"))).getMessageKey());
        var profile = TestAccounts.profile("Nowhere");
        profile.setCountryCode("XX");
        assertEquals("profile.unknownCountry", assertThrows(AccountException.class,
                () -> accounts.register(email, TestAccounts.PASSWORD, profile)).getMessageKey());
        assertTrue(accounts.findByEmail(email).isEmpty());
    }

    @Test
    void fiveWrongPasswordsLockTheAddressEvenForTheRightPassword() {
        String email = TestAccounts.uniqueEmail("locked");
        accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile("Locked Out"));
        for (int i = 1; i < 5; i++) {
            assertEquals(Outcome.WRONG_CREDENTIALS, signIns.signIn(email, "wrong password " + i, "10.0.0.2").outcome());
        }
        assertEquals(Outcome.LOCKED, signIns.signIn(email, "wrong password 5", "10.0.0.2").outcome());
        assertEquals(Outcome.LOCKED, signIns.signIn(email, TestAccounts.PASSWORD, "10.0.0.3").outcome());
    }

    @Test
    void unknownAddressesAreLockedTooSoTheLockRevealsNothing() {
        String email = TestAccounts.uniqueEmail("nobody");
        for (int i = 0; i < 4; i++) {
            signIns.signIn(email, "guess " + i, "10.0.0.4");
        }
        assertEquals(Outcome.LOCKED, signIns.signIn(email, "guess 5", "10.0.0.4").outcome());
    }

    @Test
    void administratorGrantsAndRemovesRolesButNeverTheLastAdministrator() {
        String email = TestAccounts.uniqueEmail("teacher");
        Account teacher = accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile("Teacher"));
        accounts.grant(teacher.getId(), Role.INSTRUCTOR);
        assertTrue(accounts.getByEmail(email).has(Role.INSTRUCTOR));
        accounts.revoke(teacher.getId(), Role.INSTRUCTOR);
        assertFalse(accounts.getByEmail(email).has(Role.INSTRUCTOR));

        accounts.grant(teacher.getId(), Role.ADMIN);
        accounts.revoke(teacher.getId(), Role.ADMIN);
        assertFalse(accounts.getByEmail(email).has(Role.ADMIN));
    }

    @Test
    void passwordChangeNeedsTheCurrentPassword() {
        String email = TestAccounts.uniqueEmail("change");
        accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile("Changer"));
        assertEquals("password.currentWrong", assertThrows(AccountException.class,
                () -> accounts.changePassword(email, "not my password", "a brand new password")).getMessageKey());
        accounts.changePassword(email, TestAccounts.PASSWORD, "a brand new password");
        assertEquals(Outcome.SIGNED_IN, signIns.signIn(email, "a brand new password", "10.0.0.5").outcome());
    }

    @Test
    void resetLinkForAnUnknownTokenIsRefused() {
        assertFalse(resets.isUsable("not-a-real-token"));
        assertEquals("reset.linkInvalid", assertThrows(AccountException.class,
                () -> resets.reset("not-a-real-token", "a brand new password")).getMessageKey());
    }
}
