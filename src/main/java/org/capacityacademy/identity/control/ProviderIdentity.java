package org.capacityacademy.identity.control;

import java.io.Serializable;

/**
 * Who a provider says the person is, read from an ID token that passed every check: the subject
 * (stable per provider), the e-mail address and whether the provider verified it, and a name.
 */
public record ProviderIdentity(long providerId, String subject, String email, boolean emailVerified, String name)
        implements Serializable {
}
