package org.capacityacademy.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.account.boundary.AccountException;
import org.capacityacademy.account.boundary.ExternalSignIn;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.identity.control.ProviderIdentity;
import org.capacityacademy.identity.control.SignInFailure;
import org.capacityacademy.identity.control.SignInRefused;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;

import java.io.IOException;

/**
 * Backs {@code identity/complete-profile.xhtml}: a person who came through a provider for the first
 * time, with an address no account has, gives what the provider did not (country, organisation and
 * its type, ...). The account is made, linked and signed in only then; until then the person is not
 * signed in, so nothing else comes first.
 */
@Named
@RequestScoped
public class CompleteProfile {

    public static final String PAGE = "/identity/complete-profile.xhtml";
    /** The session attribute holding the checked identity of the newcomer ({@link ProviderIdentity}). */
    static final String NEWCOMER = "academy.oidc.newcomer";

    @Inject
    ProviderSignIns signIns;

    @Inject
    ExternalSignIn externalSignIn;

    @Inject
    Language language;

    @Inject
    HttpServletRequest request;

    private final Profile profile = new Profile();
    private ProviderIdentity newcomer;

    @PostConstruct
    void readNewcomer() {
        newcomer = request.getSession(false) == null ? null
                : (ProviderIdentity) request.getSession(false).getAttribute(NEWCOMER);
        profile.setPreferredLanguage(language.getTag());
        if (newcomer != null && newcomer.name() != null) {
            profile.setFullName(newcomer.name());
        }
    }

    /** The page's view action: without a newcomer in the session, back to the sign-in page. */
    public String check() {
        return newcomer == null ? "/sign-in.xhtml?faces-redirect=true&oidc=" + SignInFailure.STALE.code() : null;
    }

    public String submit() throws IOException {
        if (newcomer == null) {
            return check();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            long accountId = signIns.welcome(newcomer, profile);
            request.getSession().removeAttribute(NEWCOMER);
            if (!externalSignIn.signIn(request, (HttpServletResponse) external.getResponse(), accountId, "oidc:" + newcomer.providerId())) {
                return "/sign-in.xhtml?faces-redirect=true&oidc=" + SignInFailure.DEACTIVATED.code();
            }
            return "/index.xhtml?faces-redirect=true&welcome=true";
        } catch (AccountException e) {
            FacesMessages.error(null, e.getMessageKey());
            return null;
        } catch (jakarta.ejb.EJBException e) {
            // the same person completed the profile in another tab a moment before: that one counts
            request.getSession().removeAttribute(NEWCOMER);
            return "/sign-in.xhtml?faces-redirect=true&oidc=" + SignInFailure.STALE.code();
        } catch (SignInRefused e) {
            request.getSession().removeAttribute(NEWCOMER);
            return "/sign-in.xhtml?faces-redirect=true&oidc=" + e.getFailure().code();
        }
    }

    public String getEmail() {
        return newcomer == null ? null : newcomer.email();
    }

    public Profile getProfile() {
        return profile;
    }
}
