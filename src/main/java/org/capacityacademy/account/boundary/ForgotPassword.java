package org.capacityacademy.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code account/forgot-password.xhtml}: the same answer whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPassword {

    @Inject
    PasswordResets resets;

    private String email;

    public String submit() {
        resets.requestReset(email);
        return "/account/forgot-password.xhtml?faces-redirect=true&sent=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
