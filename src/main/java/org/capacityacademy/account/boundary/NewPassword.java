package org.capacityacademy.account.boundary;

import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.Serializable;

/** A new password typed twice, as registration, password change and reset ask for it. */
public class NewPassword implements Serializable {

    private String password;
    private String confirmation;

    /** True when both match; otherwise puts the message on the confirmation field. */
    public boolean isConfirmed(String confirmationClientId) {
        if (password != null && password.equals(confirmation)) {
            return true;
        }
        FacesMessages.error(confirmationClientId, "password.mismatch");
        return false;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
