package org.capacityacademy.account.boundary;

import org.capacityacademy.account.boundary.SignedInSessions.Checked;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a signed-in session may skip asking the database whether its account is still active. */
class SignedInSessionsTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final long RECHECK = SignedInSessions.RECHECK.toMillis();

    @Test
    void aFreshCheckHoldsUntilTheIntervalHasPassed() {
        SignedInSessions sessions = new SignedInSessions();
        Checked checked = sessions.checking("ana@example.org", NOW);
        assertTrue(sessions.stillGood(checked, "ana@example.org", NOW));
        assertTrue(sessions.stillGood(checked, "ana@example.org", NOW + RECHECK - 1));
        assertFalse(sessions.stillGood(checked, "ana@example.org", NOW + RECHECK), "asks again after the interval");
        assertFalse(sessions.stillGood(checked, "ana@example.org", NOW - 1), "a clock gone back asks again");
    }

    @Test
    void aDeactivationHereMakesEverySessionAskAgainAtOnce() {
        SignedInSessions sessions = new SignedInSessions();
        Checked checked = sessions.checking("ana@example.org", NOW);
        sessions.deactivated(new AccountDeactivated(7));
        assertFalse(sessions.stillGood(checked, "ana@example.org", NOW + 1));
        Checked again = sessions.checking("ana@example.org", NOW + 1);
        assertTrue(sessions.stillGood(again, "ana@example.org", NOW + 2));
    }

    @Test
    void aRoleGrantedOrRemovedHereMakesEverySessionAskAgainAtOnce() {
        SignedInSessions sessions = new SignedInSessions();
        Checked checked = sessions.checking("ana@example.org", NOW);
        sessions.roleChanged(new RoleChanged(7, "ana@example.org", org.capacityacademy.account.entity.Role.INSTRUCTOR, false));
        assertFalse(sessions.stillGood(checked, "ana@example.org", NOW + 1));
    }

    @Test
    void anotherPersonAnotherNodeOrNoCheckAsksAgain() {
        SignedInSessions sessions = new SignedInSessions();
        Checked checked = sessions.checking("ana@example.org", NOW);
        assertFalse(sessions.stillGood(checked, "bo@example.org", NOW));
        assertFalse(new SignedInSessions().stillGood(checked, "ana@example.org", NOW), "a session moved to another node");
        assertFalse(sessions.stillGood(null, "ana@example.org", NOW));
        assertFalse(sessions.stillGood("something else", "ana@example.org", NOW));
    }
}
