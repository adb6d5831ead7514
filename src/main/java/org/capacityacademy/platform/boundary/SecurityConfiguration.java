package org.capacityacademy.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through the platform's own page ({@code /sign-in.xhtml}) with Jakarta Security;
 * the identity store is {@code account.control.AccountIdentityStore}. Which pages need
 * which role is declared in {@code web.xml}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"LEARNER", "INSTRUCTOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
