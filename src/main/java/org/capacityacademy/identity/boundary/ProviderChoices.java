package org.capacityacademy.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.identity.control.SignInFailure;
import org.capacityacademy.platform.boundary.Language;

import java.util.List;

/** Backs the sign-in page's "Sign in with …" buttons and the message of a sign-in through a provider that failed. */
@Named
@RequestScoped
public class ProviderChoices {

    /** One button: where it starts and what it is called in the page's language. */
    public record Choice(long id, String name) {
    }

    @Inject
    IdentityProviders providers;

    @Inject
    Language language;

    private List<Choice> choices;

    public List<Choice> getProviders() {
        if (choices == null) {
            choices = providers.enabled().stream().map(p -> new Choice(p.getId(), p.nameIn(language.getTag()))).toList();
        }
        return choices;
    }

    /** The message key for the address's {@code oidc} parameter, or null when it names no failure. */
    public String failureKey(String code) {
        return code == null ? null : SignInFailure.fromCode(code).map(SignInFailure::messageKey).orElse(null);
    }
}
