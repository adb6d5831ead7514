package org.capacityacademy.administration.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.capacityacademy.account.boundary.AccountDirectory;
import org.capacityacademy.account.boundary.AccountDirectory.Filter;
import org.capacityacademy.account.boundary.AccountException;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.boundary.AccountStatus;
import org.capacityacademy.account.boundary.PasswordResets;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.administration.entity.AuditEntry;

import java.util.List;
import java.util.Optional;

/**
 * What administrators do to people's accounts: find them, change their roles, deactivate and
 * reactivate them, mark them as verified officials, send them a password-reset link. Each
 * change is done by a named, active administrator (checked here as well as by the pages'
 * constraint) and written to the audit log in its own transaction; a change that is refused or
 * a mail that could not be sent leaves nothing behind.
 */
@Stateless
public class UserAdministration {

    /** The audit log's subject type for a person's account; the subject id is the account's id. */
    public static final String AUDIT_SUBJECT = "account";
    public static final int REASON_LENGTH = 500;

    @Inject
    AccountDirectory directory;

    @Inject
    AccountService accounts;

    @Inject
    AccountStatus status;

    @Inject
    PasswordResets resets;

    @Inject
    AuditLog audit;

    public List<Account> search(Filter filter, int first, int max) {
        return directory.search(filter, first, max);
    }

    public long count(Filter filter) {
        return directory.count(filter);
    }

    public Optional<Account> person(long accountId) {
        return accounts.find(accountId);
    }

    /** Everything done to the person's account, oldest first. */
    public List<AuditEntry> history(long accountId) {
        return audit.of(AUDIT_SUBJECT, String.valueOf(accountId));
    }

    /** Role changes are written to the audit log by {@link AuditLog#roleChanged}. */
    public void grant(String administratorEmail, long accountId, Role role) {
        administrator(administratorEmail);
        accounts.grant(accountId, role);
    }

    public void revoke(String administratorEmail, long accountId, Role role) {
        administrator(administratorEmail);
        accounts.revoke(accountId, role);
    }

    /** The account can no longer sign in, and its open sessions end at their next request; the reason is kept in the audit log. */
    public void deactivate(String administratorEmail, long accountId, String reason) {
        Account administrator = administrator(administratorEmail);
        String given = reason(reason).orElseThrow(() -> new AccountException("user.reasonRequired"));
        if (status.deactivate(administrator, accountId)) {
            record(administrator, "deactivate", accountId, given);
        }
    }

    public void reactivate(String administratorEmail, long accountId, String reason) {
        Account administrator = administrator(administratorEmail);
        if (status.reactivate(accountId)) {
            record(administrator, "reactivate", accountId, reason(reason).orElse(null));
        }
    }

    public void verifyAsOfficial(String administratorEmail, long accountId) {
        Account administrator = administrator(administratorEmail);
        if (status.verifyAsOfficial(administrator, accountId)) {
            record(administrator, "verify-official", accountId, null);
        }
    }

    public void withdrawOfficialVerification(String administratorEmail, long accountId, String reason) {
        Account administrator = administrator(administratorEmail);
        if (status.withdrawOfficialVerification(accountId)) {
            record(administrator, "unverify-official", accountId, reason(reason).orElse(null));
        }
    }

    /**
     * Mails the person a password-reset link (their password stays until they use it). A
     * deactivated account gets none; a mail the server did not take is an error, and no link is kept.
     */
    public void sendPasswordReset(String administratorEmail, long accountId) {
        Account administrator = administrator(administratorEmail);
        Account person = accounts.find(accountId).orElseThrow(() -> new AccountException("account.notFound"));
        if (!person.isActive()) {
            throw new AccountException("user.resetDeactivated");
        }
        if (!resets.sendLinkTo(person)) {
            throw new AccountException("user.resetMailFailed");
        }
        record(administrator, "reset-password", accountId, null);
    }

    /** Whether reset links are really mailed, or only written to the server's log (no mail server set). */
    public boolean mailsResetLinks() {
        return resets.isMailed();
    }

    private void record(Account administrator, String action, long accountId, String reason) {
        String email = accounts.find(accountId).map(Account::getEmail).orElse("");
        audit.record(administrator, action, AUDIT_SUBJECT, String.valueOf(accountId), reason == null ? email : email + ": " + reason);
    }

    private Account administrator(String email) {
        return accounts.findByEmail(email).filter(a -> a.isActive() && a.has(Role.ADMIN))
                .orElseThrow(() -> new AccountException("user.notAdministrator"));
    }

    private static Optional<String> reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.empty();
        }
        String text = reason.strip();
        return Optional.of(text.length() > REASON_LENGTH ? text.substring(0, REASON_LENGTH) : text);
    }
}
