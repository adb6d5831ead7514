package org.capacityacademy.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.boundary.LocalPasswords;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.EmailDomain;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.identity.control.OidcClient;
import org.capacityacademy.identity.control.ProviderDirectory;
import org.capacityacademy.identity.control.ProviderForm;
import org.capacityacademy.identity.control.SignInFailure;
import org.capacityacademy.identity.control.SignInRefused;
import org.capacityacademy.identity.entity.IdentityProvider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The identity providers administrators register, and the e-mail domains whose people may not
 * use a local password. Every change is written to the audit log in the same transaction; a
 * client secret is never part of what is logged or given back.
 */
@Stateless
public class IdentityProviders {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AccountService accounts;

    @Inject
    LocalPasswords localPasswords;

    @Inject
    ProviderDirectory directory;

    Clock clock = Clock.systemUTC();

    public List<IdentityProvider> all() {
        return em.createNamedQuery(IdentityProvider.FIND_ALL, IdentityProvider.class).getResultList();
    }

    public List<IdentityProvider> enabled() {
        return em.createNamedQuery(IdentityProvider.FIND_ENABLED, IdentityProvider.class).getResultList();
    }

    public Optional<IdentityProvider> find(long id) {
        return Optional.ofNullable(em.find(IdentityProvider.class, id));
    }

    /** Registers a provider; the form was checked ({@link ProviderForm#problems()}). */
    public IdentityProvider add(String adminEmail, ProviderForm form) {
        IdentityProvider provider = new IdentityProvider(form.issuer(), form.clientId(), clock.instant());
        apply(provider, form);
        em.persist(provider);
        em.flush();
        audit.record(actor(adminEmail), "add-identity-provider", "identity-provider", String.valueOf(provider.getId()),
                describe(provider));
        return provider;
    }

    /** Changes a provider; a blank secret field keeps the secret it has. */
    public IdentityProvider change(String adminEmail, long id, ProviderForm form) {
        IdentityProvider provider = find(id).orElseThrow(() -> new IdentityException("providers.notFound"));
        directory.forget(provider.getIssuer());
        provider.moveTo(form.issuer(), form.clientId());
        apply(provider, form);
        audit.record(actor(adminEmail), "change-identity-provider", "identity-provider", String.valueOf(id), describe(provider));
        return provider;
    }

    private static void apply(IdentityProvider provider, ProviderForm form) {
        form.names().forEach(provider::rename);
        provider.allowDomains(form.domains());
        provider.setEnabled(form.enabled());
        if (form.secretVariable() != null) {
            provider.readSecretFrom(form.secretVariable());
        } else if (form.secret() != null) {
            provider.keepSecret(form.secret());
        }
    }

    private static String describe(IdentityProvider provider) {
        return provider.nameIn("en") + " · " + provider.getIssuer() + " · client " + provider.getClientId()
                + (provider.getSecretVariable() != null ? " · secret from " + provider.getSecretVariable() : " · secret typed")
                + (provider.getAllowedDomains().isEmpty() ? "" : " · domains " + provider.getAllowedDomains())
                + (provider.isEnabled() ? " · enabled" : " · disabled");
    }

    /** Who the platform is to an enabled provider, its secret read now (from configuration when named there). */
    public OidcClient.Client clientOf(long providerId) throws SignInRefused {
        IdentityProvider provider = find(providerId).filter(IdentityProvider::isEnabled)
                .orElseThrow(() -> new SignInRefused(SignInFailure.NO_PROVIDER, "provider " + providerId));
        String secret = provider.getSecretVariable() == null ? provider.getClientSecret()
                : ConfigProvider.getConfig().getOptionalValue(provider.getSecretVariable(), String.class).orElse(null);
        if (secret == null || secret.isEmpty()) {
            throw new SignInRefused(SignInFailure.UNREACHABLE, "no client secret for " + provider.getIssuer()
                    + (provider.getSecretVariable() == null ? "" : " in " + provider.getSecretVariable()));
        }
        return new OidcClient.Client(provider.getId(), provider.getIssuer(), provider.getClientId(), secret);
    }

    public List<String> passwordOffDomains() {
        return localPasswords.domains();
    }

    public void turnPasswordsOff(String adminEmail, String domain) {
        if (localPasswords.turnOff(domain)) {
            audit.record(actor(adminEmail), "passwords-off", "domain", domain, domain);
        }
    }

    public void turnPasswordsOn(String adminEmail, String domain) {
        if (localPasswords.turnOn(domain)) {
            audit.record(actor(adminEmail), "passwords-on", "domain", domain, domain);
        }
    }

    /** A domain as typed, or the message that says it is none. */
    public static String domainOf(String typed) {
        return EmailDomain.normalise(typed).orElseThrow(() -> new IdentityException("providers.badDomain", typed == null ? "" : typed));
    }

    private Account actor(String email) {
        return accounts.findByEmail(email).orElse(null);
    }
}
