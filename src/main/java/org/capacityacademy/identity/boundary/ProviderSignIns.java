package org.capacityacademy.identity.boundary;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.EmailDomain;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.identity.control.ProviderIdentity;
import org.capacityacademy.identity.control.SignInFailure;
import org.capacityacademy.identity.control.SignInRefused;
import org.capacityacademy.identity.entity.IdentityLink;
import org.capacityacademy.identity.entity.IdentityProvider;
import org.capacityacademy.identity.entity.PendingSignIn;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The platform's side of a sign-in through a provider: the sign-in requests sent out (state, nonce,
 * PKCE verifier, each used once), and the account a checked identity comes to: the one linked to the
 * provider's subject; else an account of the same address, linked only when the provider verified the
 * address; else none yet (the person completes a profile first). Each sign-in and each link is in the
 * audit log.
 */
@Stateless
public class ProviderSignIns {

    /** Where a checked identity leads: an account to sign in, or a profile to complete first. */
    public sealed interface Arrival permits Known, Newcomer {
    }

    public record Known(long accountId) implements Arrival {
    }

    public record Newcomer(ProviderIdentity identity) implements Arrival {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** A new sign-in request to the provider, kept until it comes back. */
    public PendingSignIn begin(long providerId) {
        PendingSignIn pending = new PendingSignIn(new State(32).getValue(), providerId, new Nonce(32).getValue(),
                new CodeVerifier().getValue(), clock.instant());
        em.persist(pending);
        return pending;
    }

    /**
     * The request a provider's answer names, removed in a transaction of its own so that it is used
     * up whatever happens next; none when it is unknown, used already, or older than its lifetime.
     * Two answers naming it at once: the database deletes the row for one of them only.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<PendingSignIn> claim(String state) {
        Instant now = clock.instant();
        em.createQuery("DELETE FROM PendingSignIn p WHERE p.createdAt < :old")
                .setParameter("old", now.minus(PendingSignIn.LIFETIME).minus(PendingSignIn.LIFETIME)).executeUpdate();
        PendingSignIn pending = state == null ? null : em.find(PendingSignIn.class, state);
        if (pending == null) {
            return Optional.empty();
        }
        int removed = em.createQuery("DELETE FROM PendingSignIn p WHERE p.state = :state").setParameter("state", state)
                .executeUpdate();
        return removed == 1 && !pending.isExpired(now) ? Optional.of(pending) : Optional.empty();
    }

    /** The account this identity signs in to, or a newcomer's profile to complete. */
    public Arrival arrive(ProviderIdentity identity) throws SignInRefused {
        IdentityProvider provider = enabledProvider(identity.providerId());
        IdentityLink link = em.find(IdentityLink.class, new IdentityLink.Key(identity.providerId(), identity.subject()));
        if (link != null) {
            // a linked person needs no address, unless the provider serves some domains only
            if (!provider.getAllowedDomainList().isEmpty()) {
                checkDomain(provider, identity);
            }
            return new Known(signedIn(provider, link.getAccountId(), identity));
        }
        checkDomain(provider, identity);
        Optional<Account> same = accounts.findByEmail(identity.email());
        if (same.isEmpty()) {
            return new Newcomer(identity);
        }
        if (!identity.emailVerified()) {
            throw new SignInRefused(SignInFailure.UNVERIFIED, identity.email() + " not verified by " + provider.getIssuer());
        }
        return new Known(linked(provider, same.get(), identity));
    }

    /** A newcomer's account, made from the identity and the profile they completed, and linked. */
    public long welcome(ProviderIdentity identity, Profile profile) throws SignInRefused {
        IdentityProvider provider = enabledProvider(identity.providerId());
        checkDomain(provider, identity);
        Account account = accounts.createExternal(identity.email(), profile);
        return linked(provider, account, identity);
    }

    private long linked(IdentityProvider provider, Account account, ProviderIdentity identity) throws SignInRefused {
        em.persist(new IdentityLink(provider.getId(), identity.subject(), account.getId(), clock.instant()));
        audit.record(account, "link-identity", "account", String.valueOf(account.getId()),
                account.getEmail() + " · " + provider.nameIn("en") + " · " + identity.subject()
                        + (identity.emailVerified() ? " · address verified by the provider" : ""));
        return signedIn(provider, account.getId(), identity);
    }

    /** Logs the sign-in of an active account; a deactivated (or erased) one does not sign in, and says so. */
    private long signedIn(IdentityProvider provider, long accountId, ProviderIdentity identity) throws SignInRefused {
        Account account = accounts.find(accountId).filter(Account::isActive).filter(a -> !a.isErased())
                .orElseThrow(() -> new SignInRefused(SignInFailure.DEACTIVATED, "account " + accountId));
        audit.record(account, "provider-sign-in", "account", String.valueOf(accountId),
                account.getEmail() + " · " + provider.nameIn("en") + " · " + identity.subject());
        return accountId;
    }

    private IdentityProvider enabledProvider(long id) throws SignInRefused {
        return Optional.ofNullable(em.find(IdentityProvider.class, id)).filter(IdentityProvider::isEnabled)
                .orElseThrow(() -> new SignInRefused(SignInFailure.NO_PROVIDER, "provider " + id));
    }

    private static void checkDomain(IdentityProvider provider, ProviderIdentity identity) throws SignInRefused {
        if (identity.email() == null || !Account.isEmail(identity.email())) {
            throw new SignInRefused(SignInFailure.NO_EMAIL, provider.getIssuer() + " gave " + identity.email());
        }
        if (!provider.getAllowedDomainList().isEmpty() && !EmailDomain.isCovered(identity.email(), provider.getAllowedDomainList())) {
            throw new SignInRefused(SignInFailure.DOMAIN, identity.email() + " not of " + provider.getAllowedDomains());
        }
    }
}
