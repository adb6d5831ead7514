package org.capacityacademy.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.identity.control.ProviderForm;
import org.capacityacademy.identity.entity.IdentityProvider;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code admin/identity-providers.xhtml}: the providers, a form to register one or change the
 * one named by {@code ?id=}, and the domains whose people may not use a local password. The secret
 * field is always empty on the page: a secret is typed, never shown.
 */
@Named
@RequestScoped
public class ManageIdentityProviders {

    @Inject
    IdentityProviders providers;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private String issuer;
    private String clientId;
    private String secret;
    private String secretVariable;
    private final Map<String, String> names = new HashMap<>();
    private String domains;
    private boolean enabled = true;
    private String passwordOffDomain;
    private List<IdentityProvider> list;

    /** The view action: the form filled with the provider being changed. */
    public String load() {
        if (id == null) {
            return null;
        }
        java.util.Optional<IdentityProvider> found = providers.find(id);
        if (found.isEmpty()) {
            return "/admin/identity-providers.xhtml?faces-redirect=true";
        }
        IdentityProvider provider = found.get();
        issuer = provider.getIssuer();
        clientId = provider.getClientId();
        secretVariable = provider.getSecretVariable();
        ProviderForm.LANGUAGES.forEach(language -> names.put(language, provider.nameGivenIn(language)));
        domains = provider.getAllowedDomains();
        enabled = provider.isEnabled();
        return null;
    }

    public String save() {
        ProviderForm form = ProviderForm.of(issuer, clientId, secret, secretVariable, names, domains, enabled);
        List<ProviderForm.Problem> problems = form.problems(id == null);
        if (!problems.isEmpty()) {
            problems.forEach(p -> FacesMessages.error("provider:" + p.field(), p.messageKey(), p.argument()));
            return null;
        }
        try {
            IdentityProvider saved = id == null ? providers.add(currentUser.getEmail(), form)
                    : providers.change(currentUser.getEmail(), id, form);
            return "/admin/identity-providers.xhtml?faces-redirect=true&saved=" + saved.getId();
        } catch (IdentityException e) {
            FacesMessages.error(null, e.getMessageKey(), e.getArguments());
            return null;
        } catch (jakarta.ejb.EJBException e) {
            // the database's unique (issuer, client id): registered already, perhaps by another administrator at the same moment
            FacesMessages.error(null, "providers.taken");
            return null;
        }
    }

    public String turnPasswordsOff() {
        try {
            providers.turnPasswordsOff(currentUser.getEmail(), IdentityProviders.domainOf(passwordOffDomain));
            return "/admin/identity-providers.xhtml?faces-redirect=true&passwordsOff=true";
        } catch (IdentityException e) {
            FacesMessages.error("passwords:domain", e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    public String turnPasswordsOn(String domain) {
        providers.turnPasswordsOn(currentUser.getEmail(), domain);
        return "/admin/identity-providers.xhtml?faces-redirect=true&passwordsOn=true";
    }

    public List<IdentityProvider> getProviders() {
        if (list == null) {
            list = providers.all();
        }
        return list;
    }

    public List<String> getPasswordOffDomains() { return providers.passwordOffDomains(); }
    public List<String> getLanguages() { return ProviderForm.LANGUAGES; }
    public Map<String, String> getNames() { return names; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getSecret() { return null; }
    public void setSecret(String secret) { this.secret = secret; }
    public String getSecretVariable() { return secretVariable; }
    public void setSecretVariable(String secretVariable) { this.secretVariable = secretVariable; }
    public String getDomains() { return domains; }
    public void setDomains(String domains) { this.domains = domains; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPasswordOffDomain() { return passwordOffDomain; }
    public void setPasswordOffDomain(String passwordOffDomain) { this.passwordOffDomain = passwordOffDomain; }
    public int getIssuerLength() { return IdentityProvider.ISSUER_LENGTH; }
    public int getClientIdLength() { return IdentityProvider.CLIENT_ID_LENGTH; }
    public int getSecretLength() { return IdentityProvider.SECRET_LENGTH; }
    public int getVariableLength() { return IdentityProvider.VARIABLE_LENGTH; }
    public int getNameLength() { return IdentityProvider.NAME_LENGTH; }
    public int getDomainsLength() { return IdentityProvider.DOMAINS_LENGTH; }
}
