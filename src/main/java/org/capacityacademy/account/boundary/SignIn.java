package org.capacityacademy.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.account.control.AccountIdentityStore;
import org.capacityacademy.platform.boundary.FacesMessages;

/** Backs {@code sign-in.xhtml}. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext securityContext;

    @Inject
    LocalPasswords localPasswords;

    private String email;
    private String password;

    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        java.util.Optional<String> passwordsOff = localPasswords.offFor(email);
        if (passwordsOff.isPresent()) {
            // the organisation signs its people in itself: no password is checked, right or wrong
            FacesMessages.error(null, "signIn.passwordOff", passwordsOff.get());
            return null;
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE:
                faces.responseComplete();
                return null;
            case SUCCESS:
                return "/index.xhtml?faces-redirect=true";
            default:
                boolean locked = Boolean.TRUE.equals(request.getAttribute(AccountIdentityStore.LOCKED_ATTRIBUTE));
                boolean deactivated = Boolean.TRUE.equals(request.getAttribute(AccountIdentityStore.DEACTIVATED_ATTRIBUTE));
                FacesMessages.error(null, locked ? "signIn.locked" : deactivated ? "signIn.deactivated" : "signIn.failed");
                return null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
