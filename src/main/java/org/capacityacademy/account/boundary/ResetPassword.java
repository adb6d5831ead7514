package org.capacityacademy.account.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.Serializable;

/** Backs {@code account/reset-password.xhtml}, the page an e-mailed link opens. */
@Named
@ViewScoped
public class ResetPassword implements Serializable {

    @Inject
    PasswordResets resets;

    private String token;
    private final NewPassword newPassword = new NewPassword();
    private boolean usable;

    /** View action: checks the link once when the page opens. */
    public void check() {
        usable = resets.isUsable(token);
    }

    public String submit() {
        if (!newPassword.isConfirmed("reset:confirmation")) {
            return null;
        }
        try {
            resets.reset(token, newPassword.getPassword());
            return "/sign-in.xhtml?faces-redirect=true&reset=true";
        } catch (AccountException e) {
            FacesMessages.error(null, e.getMessageKey());
            return null;
        }
    }

    public boolean isUsable() {
        return usable;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
