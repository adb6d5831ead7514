package org.capacityacademy.administration.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.AccountException;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.administration.entity.AuditEntry;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.learning.boundary.EnrolmentHistory;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code admin/user.xhtml}: one person's profile, roles, status, official verification,
 * enrolments and history, and what an administrator does about them. View-scoped, like the
 * record's page: the person's id must be known while a postback decides which forms are shown.
 * Each action calls one method of {@link UserAdministration} and says what came of it.
 */
@Named
@ViewScoped
public class ManageUser implements Serializable {

    @Inject
    UserAdministration users;

    @Inject
    EnrolmentHistory enrolments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    Countries countries;

    private Long id;
    private String reason;
    private transient Optional<Account> person;

    public Optional<Account> person() {
        if (person == null) {
            person = id == null ? Optional.empty() : users.person(id);
        }
        return person;
    }

    public Account getPerson() {
        return person().orElse(null);
    }

    /** The administrator who verified the person, if their account still exists. */
    public Account getVerifier() {
        return person().map(Account::getVerifiedOfficialBy).flatMap(users::person).orElse(null);
    }

    /** The person's country, named in the page's language. */
    public String getCountryName() {
        return person().map(p -> p.getProfile().getCountryCode())
                .map(code -> countries.find(code).map(c -> c.nameIn(language.getLocale())).orElse(code)).orElse("");
    }

    public boolean isSelf() {
        return person().map(p -> p.getEmail().equals(currentUser.getEmail())).orElse(false);
    }

    public List<AuditEntry> getHistory() {
        return id == null ? List.of() : users.history(id);
    }

    public List<EnrolmentHistory.Line> getEnrolments() {
        return id == null ? List.of() : enrolments.of(id, language.getTag());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public boolean isResetMailed() {
        return users.mailsResetLinks();
    }

    public String grant(Role role) {
        return act(() -> users.grant(currentUser.getEmail(), id, role), "user.roleGranted");
    }

    public String revoke(Role role) {
        return act(() -> users.revoke(currentUser.getEmail(), id, role), "user.roleRevoked");
    }

    public String deactivate() {
        return act(() -> users.deactivate(currentUser.getEmail(), id, reason), "user.deactivatedNow");
    }

    public String reactivate() {
        return act(() -> users.reactivate(currentUser.getEmail(), id, reason), "user.reactivatedNow");
    }

    public String verify() {
        return act(() -> users.verifyAsOfficial(currentUser.getEmail(), id), "user.verifiedNow");
    }

    public String unverify() {
        return act(() -> users.withdrawOfficialVerification(currentUser.getEmail(), id, reason), "user.unverifiedNow");
    }

    public String sendReset() {
        return act(() -> users.sendPasswordReset(currentUser.getEmail(), id),
                users.mailsResetLinks() ? "user.resetSent" : "user.resetLogged");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            FacesMessages.info(null, done);
            reason = null;
        } catch (AccountException e) {
            FacesMessages.error(null, e.getMessageKey());
        }
        person = null;
        return null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
