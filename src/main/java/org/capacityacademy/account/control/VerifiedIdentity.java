package org.capacityacademy.account.control;

import jakarta.security.enterprise.credential.Credential;

/**
 * The credential of a person whom another party has already vouched for: an OpenID Connect
 * provider's ID token or an LTI platform's launch, checked by the platform's own code before
 * this object is made. It names the account and how the person came ({@code via}, for the audit
 * log); it is never built from anything a browser sends directly.
 */
public record VerifiedIdentity(long accountId, String via) implements Credential {
}
