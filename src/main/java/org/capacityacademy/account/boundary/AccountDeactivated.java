package org.capacityacademy.account.boundary;

/** Fired in the transaction that deactivates an account, so that its open sessions end (see {@link SignedInSessions}). */
public record AccountDeactivated(long accountId) {
}
