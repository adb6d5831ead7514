package org.capacityacademy.account.entity;

import org.capacityacademy.TestAccounts;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static Account account() {
        return new Account("Person@Example.org", "hash", TestAccounts.profile("Person"), Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    void aDeactivatedAccountKeepsEverythingAndCanBeReactivated() {
        Account account = account();
        account.grant(Role.INSTRUCTOR);
        assertTrue(account.isActive());
        account.deactivate(Instant.parse("2026-11-30T12:00:00Z"));
        assertFalse(account.isActive());
        assertEquals(Instant.parse("2026-11-30T12:00:00Z"), account.getDeactivatedAt());
        assertTrue(account.has(Role.INSTRUCTOR), "roles are kept");
        account.reactivate();
        assertTrue(account.isActive());
        assertNull(account.getDeactivatedAt());
    }

    @Test
    void theFirstVerificationIsKeptUntilItIsWithdrawn() {
        Account account = account();
        assertFalse(account.isVerifiedOfficial());
        assertFalse(account.withdrawOfficialVerification(), "nothing to withdraw");

        Instant first = Instant.parse("2026-11-30T09:00:00Z");
        assertTrue(account.verifyAsOfficial(7L, first));
        assertFalse(account.verifyAsOfficial(8L, first.plusSeconds(60)), "verified already");
        assertEquals(first, account.getVerifiedOfficialAt());
        assertEquals(7L, account.getVerifiedOfficialBy());

        assertTrue(account.withdrawOfficialVerification());
        assertFalse(account.isVerifiedOfficial());
        assertNull(account.getVerifiedOfficialAt());
        assertNull(account.getVerifiedOfficialBy());
        assertTrue(account.verifyAsOfficial(8L, first.plusSeconds(120)), "and can be given again");
        assertEquals(8L, account.getVerifiedOfficialBy());
    }
}
