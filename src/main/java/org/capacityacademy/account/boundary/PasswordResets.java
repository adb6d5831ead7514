package org.capacityacademy.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.control.PasswordHasher;
import org.capacityacademy.account.control.PasswordPolicy;
import org.capacityacademy.account.control.SecureTokens;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.PasswordReset;
import org.capacityacademy.platform.control.Mailer;
import org.capacityacademy.platform.control.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** "Forgot password": a single-use link, valid for one hour, sent to the account's address. */
@Stateless
public class PasswordResets {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    Clock clock = Clock.systemUTC();

    /** Sends a link if the address has an account; says nothing either way. */
    public void requestReset(String email) {
        Optional<Account> account = accounts.findByEmail(email);
        if (account.isEmpty() || !account.get().isActive()) {
            return;
        }
        sendLinkTo(account.get());
    }

    /**
     * Sends the person a new link, in their language (asked by them, or for them by an
     * administrator); false when the mail server did not take the mail, so that an administrator
     * can be told (and roll back: no unsent link is kept).
     */
    public boolean sendLinkTo(Account account) {
        String token = SecureTokens.newToken();
        em.persist(new PasswordReset(account, SecureTokens.sha256(token), clock.instant()));
        Locale locale = Locale.forLanguageTag(account.getProfile().getPreferredLanguage());
        String link = publicUrl.replaceAll("/+$", "") + "/account/reset-password.xhtml?token=" + token;
        return mailer.send(account.getEmail(),
                Messages.text(locale, "mail.reset.subject"),
                Messages.text(locale, "mail.reset.body", account.getProfile().getFullName(), link,
                        PasswordReset.VALIDITY.toMinutes()));
    }

    /** Whether links are really mailed (false: written to the server's log, for a trial on one machine). */
    public boolean isMailed() {
        return mailer.isConfigured();
    }

    /**
     * Mails a person whose account an administrator created a link to set their first password
     * (valid {@link PasswordReset#INVITATION_VALIDITY}); false when the mail could not be sent.
     * Called after the account's transaction committed, so no mail names an account that is not there.
     */
    public boolean invite(String email) {
        Optional<Account> account = accounts.findByEmail(email);
        if (account.isEmpty() || !account.get().isActive()) {
            return false;
        }
        String token = SecureTokens.newToken();
        em.persist(new PasswordReset(account.get(), SecureTokens.sha256(token), clock.instant(), PasswordReset.INVITATION_VALIDITY));
        Locale locale = Locale.forLanguageTag(account.get().getProfile().getPreferredLanguage());
        String link = publicUrl.replaceAll("/+$", "") + "/account/reset-password.xhtml?token=" + token;
        return mailer.send(account.get().getEmail(),
                Messages.text(locale, "mail.invite.subject"),
                Messages.text(locale, "mail.invite.body", account.get().getProfile().getFullName(), link,
                        PasswordReset.INVITATION_VALIDITY.toDays(), account.get().getEmail()));
    }

    public boolean isUsable(String token) {
        return find(token).filter(r -> r.isUsableAt(clock.instant())).isPresent();
    }

    /** Sets the new password and spends the link; an expired or used link is refused. */
    public void reset(String token, String newPassword) {
        Instant now = clock.instant();
        PasswordReset reset = find(token).filter(r -> r.isUsableAt(now))
                .orElseThrow(() -> new AccountException("reset.linkInvalid"));
        Account account = reset.getAccount();
        PasswordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(key -> {
            throw new AccountException(key);
        });
        account.changePasswordHash(hasher.hash(newPassword));
        reset.usedAt(now);
    }

    private Optional<PasswordReset> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordReset.FIND_BY_TOKEN_HASH, PasswordReset.class)
                .setParameter("hash", SecureTokens.sha256(token))
                .getResultStream().findFirst();
    }
}
