package org.capacityacademy.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's roles. People sign in through the platform's own page ({@link SignInMechanism});
 * the identity store is {@code account.control.AccountIdentityStore}. Which pages need which role
 * is declared in {@code web.xml}.
 */
@DeclareRoles({"LEARNER", "INSTRUCTOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
