package org.capacityacademy.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.account.control.VerifiedIdentity;

/**
 * Starts a signed-in session for an account whose person another party has vouched for (an
 * OpenID Connect provider, an LTI platform), through the same mechanism and session as a
 * password sign-in, so that every page sees them signed in the same way.
 */
@RequestScoped
public class ExternalSignIn {

    @Inject
    SecurityContext securityContext;

    /** Whether the session is now the account's (false: the account is deactivated or gone). */
    public boolean signIn(HttpServletRequest request, HttpServletResponse response, long accountId, String via) {
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new VerifiedIdentity(accountId, via)).newAuthentication(true));
        return status == AuthenticationStatus.SUCCESS;
    }
}
