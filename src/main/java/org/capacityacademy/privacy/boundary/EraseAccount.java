package org.capacityacademy.privacy.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;

import java.io.Serializable;

/**
 * Backs {@code admin/erase.xhtml?account=N}: who is about to be erased and what will happen,
 * then the erasure once the administrator has typed the person's e-mail address.
 */
@Named
@ViewScoped
public class EraseAccount implements Serializable {

    @Inject
    PersonalData personalData;

    @Inject
    CurrentUser currentUser;

    @Inject
    Countries countries;

    @Inject
    Language language;

    private Long account;
    private String confirmation;
    private transient Account subject;

    public Account getSubject() {
        if (subject == null && account != null) {
            subject = personalData.find(account).orElse(null);
        }
        return subject;
    }

    /** The person's country, named in the page's language. */
    public String getCountry() {
        String code = getSubject() == null ? "" : getSubject().getProfile().getCountryCode();
        return countries.find(code).map(c -> c.nameIn(language.getLocale())).orElse(code);
    }

    public String erase() {
        try {
            personalData.erase(currentUser.getEmail(), account, confirmation);
            return "/admin/erase.xhtml?faces-redirect=true&erased=true&account=" + account;
        } catch (PrivacyException e) {
            FacesMessages.error(e.getMessageKey().equals("erase.confirmationWrong") ? "erase:confirmation" : null,
                    e.getMessageKey());
            subject = null;
            return null;
        }
    }

    public Long getAccount() { return account; }
    public void setAccount(Long account) { this.account = account; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
