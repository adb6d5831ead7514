package org.capacityacademy.account.boundary;

import org.capacityacademy.account.entity.Role;

/** Fired in the transaction that grants or removes a person's role, for the audit log. */
public record RoleChanged(long accountId, String email, Role role, boolean granted) {
}
