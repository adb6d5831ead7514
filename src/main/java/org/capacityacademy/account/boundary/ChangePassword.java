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
    private String newPassword;
    private String confirmation;

    public String submit() {
        if (!newPassword.equals(confirmation)) {
            FacesMessages.error("password:confirmation", "password.mismatch");
            return null;
        }
        try {
            accounts.changePassword(currentUser.getEmail(), currentPassword, newPassword);
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

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
