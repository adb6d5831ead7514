package org.capacityacademy.privacy.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.capacityacademy.account.boundary.AccountErased;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.boundary.PersonalDataRequested;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.administration.boundary.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's data: all of it as JSON for them, and its erasure at their request by an
 * administrator, in one transaction with its audit line.
 */
@Stateless
public class PersonalData {

    public static final String ERASE_ACTION = "erase-account";

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    Event<PersonalDataRequested> requested;

    @Inject
    Event<AccountErased> erased;

    Clock clock = Clock.systemUTC();

    /** Everything the platform holds about the person signed in with this address; empty for no such account. */
    public Optional<JsonObject> export(String email) {
        return accounts.findByEmail(email).map(account -> {
            PersonalDataRequested request = new PersonalDataRequested(account.getId(), account.getEmail());
            requested.fire(request);
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("exportedAt", clock.instant().toString())
                    .add("platform", "Capacity Academy")
                    .add("accountId", account.getId());
            request.sections().forEach(json::add);
            return json.build();
        });
    }

    /** The account an administrator is about to erase. */
    public Optional<Account> find(long accountId) {
        return accounts.find(accountId);
    }

    /**
     * Erases a person's data, once the administrator has typed the person's e-mail address to
     * confirm. Administrators cannot erase themselves, nor the last administrator.
     */
    public void erase(String adminEmail, long accountId, String confirmation) {
        Account admin = accounts.getByEmail(adminEmail);
        Account subject = accounts.find(accountId).orElseThrow(() -> new PrivacyException("erase.notFound"));
        if (subject.isErased()) {
            throw new PrivacyException("erase.already");
        }
        if (subject.getId().equals(admin.getId())) {
            throw new PrivacyException("erase.self");
        }
        if (confirmation == null || !Account.normaliseEmail(confirmation).equals(subject.getEmail())) {
            throw new PrivacyException("erase.confirmationWrong");
        }
        if (subject.has(Role.ADMIN) && subject.isActive() && accounts.administratorCount() <= 1) {
            throw new PrivacyException("erase.lastAdministrator");
        }
        Instant now = clock.instant();
        erased.fire(new AccountErased(accountId, subject.getEmail(), subject.getProfile().getFullName(),
                "erased-" + UUID.randomUUID(), now));
        audit.record(admin, ERASE_ACTION, "account", String.valueOf(accountId), null);
    }
}
