package org.capacityacademy.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.control.LanguageCookie;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.io.Serializable;

/** Backs {@code account/profile.xhtml}: a person edits their own details and language. */
@Named
@ViewScoped
public class EditProfile implements Serializable {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    private String email;
    private Profile profile;

    @PostConstruct
    void load() {
        Account account = accounts.getByEmail(currentUser.getEmail());
        email = account.getEmail();
        profile = new Profile(account.getProfile());
    }

    public String save() {
        try {
            Account saved = accounts.updateProfile(currentUser.getEmail(), profile);
            FacesContext faces = FacesContext.getCurrentInstance();
            ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession()
                    .setAttribute(CurrentUser.DISPLAY_NAME, saved.getProfile().getFullName());   // the header's name, at once
            SupportedLanguage.fromTag(saved.getProfile().getPreferredLanguage()).ifPresent(language ->
                    LanguageCookie.write((HttpServletRequest) faces.getExternalContext().getRequest(),
                            (HttpServletResponse) faces.getExternalContext().getResponse(), language));
            return "/account/profile.xhtml?faces-redirect=true&saved=true";
        } catch (AccountException e) {
            FacesMessages.error(null, e.getMessageKey());
            return null;
        }
    }

    public String getEmail() {
        return email;
    }

    public Profile getProfile() {
        return profile;
    }
}
