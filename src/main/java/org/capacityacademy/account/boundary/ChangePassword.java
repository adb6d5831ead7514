package org.capacityacademy.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.capacityacademy.platform.boundary.FacesMessages;

/** Backs {@code account/change-password.xhtml}. */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    private String currentPassword;
    private final NewPassword newPassword = new NewPassword();

    public String submit() {
        if (!newPassword.isConfirmed("password:confirmation")) {
            return null;
        }
        try {
            accounts.changePassword(currentUser.getEmail(), currentPassword, newPassword.getPassword());
            SignedInFilter.passwordChanged(
                    (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true));
            return "/account/profile.xhtml?faces-redirect=true&passwordChanged=true";
        } catch (AccountException e) {
            FacesMessages.error(null, e.getMessageKey());
            return null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
