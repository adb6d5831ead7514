package org.capacityacademy.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.platform.boundary.PageCopies;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;

import java.security.Principal;
import java.util.Optional;

/** Who is signed in, for the header, the navigation and signing out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    private Optional<Account> account;
    private String displayName;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public boolean isAdministrator() {
        return securityContext.isCallerInRole(Role.ADMIN.name());
    }

    public boolean isInstructor() {
        return securityContext.isCallerInRole(Role.INSTRUCTOR.name());
    }

    public String getEmail() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public Optional<Account> account() {
        if (account == null) {
            account = isSignedIn() ? accounts.findByEmail(getEmail()) : Optional.empty();
        }
        return account;
    }

    /**
     * The person's name for the page's header, kept with the session (refreshed by
     * {@link SignedInFilter} when it asks the database again, and after the person edits their
     * profile); a page being copied gets a marker instead ({@link PageCopies}).
     */
    public String getDisplayName() {
        if (PageCopies.isMarking(request)) {
            return PageCopies.NAME_MARKER;
        }
        return getRealDisplayName();
    }

    /** The person's name itself, for what fills a copied page. */
    public String getRealDisplayName() {
        if (displayName == null && isSignedIn()) {
            jakarta.servlet.http.HttpSession session = request.getSession(false);
            Object known = session == null ? null : session.getAttribute(DISPLAY_NAME);
            if (known instanceof String name) {
                displayName = name;
            }
        }
        if (displayName == null) {
            displayName = (account != null ? account.map(a -> a.getProfile().getFullName())
                    : isSignedIn() ? accounts.fullNameOf(getEmail()) : Optional.<String>empty()).orElse(getEmail());
            jakarta.servlet.http.HttpSession session = isSignedIn() ? request.getSession(false) : null;
            if (session != null) {
                session.setAttribute(DISPLAY_NAME, displayName);
            }
        }
        return displayName;
    }

    /**
     * Who queued what on this device (the pages give it to the offline queue and the service worker):
     * the account's number, empty when nobody is signed in.
     */
    public String getPerson() {
        if (PageCopies.isMarking(request) && isSignedIn()) {
            return PageCopies.PERSON_MARKER;
        }
        return getRealPerson();
    }

    /** The account's number itself, for what fills a copied page. */
    public String getRealPerson() {
        if (!isSignedIn()) {
            return "";
        }
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        Object known = session == null ? null : session.getAttribute(PERSON);
        if (known instanceof String person && !person.isEmpty()) {
            return person;   // kept with the session: signed-in pages ask no more of the database for it
        }
        String person = accounts.idOf(getEmail()).map(String::valueOf).orElse("");
        if (session != null) {
            session.setAttribute(PERSON, person);
        }
        return person;
    }

    private static final String PERSON = "academy.person";
    /** The session's attribute that keeps the person's name (package-visible for {@link SignedInFilter} and profile edits). */
    static final String DISPLAY_NAME = "academy.displayName";

    public String signOut() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/index.xhtml?faces-redirect=true&signedOut=true";
    }
}
