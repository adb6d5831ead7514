package org.capacityacademy.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;

/** Backs {@code account/register.xhtml}: a learner creates their own account. */
@Named
@RequestScoped
public class Register {

    @Inject
    AccountService accounts;

    @Inject
    Language language;

    private final Profile profile = new Profile();
    private String email;
    private final NewPassword password = new NewPassword();

    @PostConstruct
    void startInPageLanguage() {
        profile.setPreferredLanguage(language.getTag());
    }

    public String submit() {
        if (!password.isConfirmed("register:confirmation")) {
            return null;
        }
        try {
            accounts.register(email, password.getPassword(), profile);
            return "/sign-in.xhtml?faces-redirect=true&registered=true";
        } catch (AccountException e) {
            FacesMessages.error(null, e.getMessageKey());
            return null;
        }
    }

    public Profile getProfile() {
        return profile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public NewPassword getPassword() {
        return password;
    }
}
