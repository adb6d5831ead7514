package org.capacityacademy.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Signs in a {@link VerifiedIdentity}: the account must still exist, be active and not erased;
 * its roles are read now, as a password sign-in reads them. A deactivated account is left on the
 * request for the page to explain, as {@link AccountIdentityStore} does.
 */
@ApplicationScoped
public class VerifiedIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof VerifiedIdentity identity)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> account = accounts.find(identity.accountId());
        if (account.isEmpty() || account.get().isErased()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!account.get().isActive()) {
            request.setAttribute(AccountIdentityStore.DEACTIVATED_ATTRIBUTE, Boolean.TRUE);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().getEmail(),
                account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
