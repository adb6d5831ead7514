package org.capacityacademy.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in through the platform's own page ({@code /sign-in.xhtml}), what Jakarta Security's
 * custom form mechanism does: the credential the sign-in page gives is checked by the identity
 * store ({@code account.control.AccountIdentityStore}), the session keeps the person signed in,
 * and a visitor asking for a protected page is sent to sign in first. It is the platform's own
 * class so that those answers, given before any filter runs, carry the security headers too
 * ({@link WithSecurityHeaders}).
 */
@WithSecurityHeaders
@AutoApplySession
@LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = false)
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        return credential == null ? context.doNothing() : context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
}
