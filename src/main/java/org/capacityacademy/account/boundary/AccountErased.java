package org.capacityacademy.account.boundary;

import java.time.Instant;

/**
 * A person's data is being erased at their request, in this transaction: each component that
 * holds some removes or anonymises it. Fired before the account itself is changed, so the former
 * address and name are still known to whoever must find them (e.g. in sign-in counts).
 *
 * @param anonymousAgent the name the person's xAPI statements give their actor from now on,
 *                       unrelated to the account's id
 */
public record AccountErased(long accountId, String formerEmail, String formerName, String anonymousAgent, Instant at) {
}
