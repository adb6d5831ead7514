package org.capacityacademy.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.capacityacademy.account.boundary.SignInService;
import org.capacityacademy.account.boundary.SignInService.Attempt;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.platform.control.ClientAddress;

import java.util.stream.Collectors;

/**
 * The identity store Jakarta Security asks at sign-in: accounts in the platform's
 * database. A lock-out, or a deactivated account (for whoever gave its right password), is
 * left on the request for the sign-in page to explain.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    public static final String LOCKED_ATTRIBUTE = "academy.signInLocked";
    public static final String DEACTIVATED_ATTRIBUTE = "academy.signInDeactivated";

    @Inject
    SignInService signIns;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Attempt attempt = signIns.signIn(given.getCaller(), given.getPasswordAsString(), clientAddress.of(request));
        switch (attempt.outcome()) {
            case SIGNED_IN:
                return new CredentialValidationResult(attempt.account().getEmail(),
                        attempt.account().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
            case LOCKED:
                request.setAttribute(LOCKED_ATTRIBUTE, Boolean.TRUE);
                return CredentialValidationResult.INVALID_RESULT;
            case DEACTIVATED:
                request.setAttribute(DEACTIVATED_ATTRIBUTE, Boolean.TRUE);
                return CredentialValidationResult.INVALID_RESULT;
            default:
                return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
