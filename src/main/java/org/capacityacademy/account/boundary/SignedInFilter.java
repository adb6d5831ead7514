package org.capacityacademy.account.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.platform.control.LanguageCookie;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * On the first request after signing in, switches the pages to the person's preferred
 * language; keeps anyone whose password must be changed (a generated first password)
 * on the change-password page until they have changed it; and ends the session of an account
 * an administrator has deactivated, or whose roles an administrator changed, at its next request
 * (a page goes to the sign-in page, which says why; a call to the API is answered 401): the
 * session's roles are those it signed in with, so a person who lost a role can no longer use it,
 * and one given a role signs in again to have it. Static resources are not checked, and the
 * database is asked at most every few seconds per session ({@link SignedInSessions} says how
 * soon a change takes effect).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SignedInFilter extends HttpFilter {

    static final String SEEN = "academy.signedInAs";
    static final String ACTIVE_CHECKED = "academy.activeChecked";
    /** The account's roles when the session was first checked, as names: what a later check compares with. */
    static final String ROLES_AT_SIGN_IN = "academy.rolesAtSignIn";
    static final String MUST_CHANGE_PASSWORD = "academy.mustChangePassword";
    static final String CHANGE_PASSWORD_PAGE = "/account/change-password.xhtml";
    static final String DEACTIVATED_PAGE = "/sign-in.xhtml?deactivated=true";
    static final String ROLES_CHANGED_PAGE = "/sign-in.xhtml?rolesChanged=true";
    private static final Set<String> ALWAYS_ALLOWED = Set.of(CHANGE_PASSWORD_PAGE, "/sign-in.xhtml");
    private static final Set<String> BROWSER_FETCHED = Set.of("/manifest.webmanifest", "/sw.js", "/favicon.ico");

    @Inject
    AccountService accounts;

    @Inject
    AccountStatus status;

    @Inject
    SignedInSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // what a browser fetches on its own around a page (the app's manifest, the service worker's script,
        // the site icon) is no request of the person's: a session ends at their next page, which says why
        boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || BROWSER_FETCHED.contains(path);
        String ended = caller == null || resource ? null : endedBy(caller.getName(), request);
        if (ended != null) {
            request.logout();
            Optional.ofNullable(request.getSession(false)).ifPresent(HttpSession::invalidate);
            if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + ended);
            }
            return;
        }
        if (caller != null) {
            HttpSession session = request.getSession();
            if (!caller.getName().equals(session.getAttribute(SEEN))) {
                firstRequestOf(caller.getName(), request, response, session);
            }
            if (session.getAttribute(MUST_CHANGE_PASSWORD) != null && !ALWAYS_ALLOWED.contains(path) && !resource) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Null while the account may stay signed in as it is; else the page that says why its session
     * ended. Asks the database only when the session's last check is stale.
     */
    private String endedBy(String email, HttpServletRequest request) {
        HttpSession session = request.getSession();
        long now = System.currentTimeMillis();
        if (sessions.stillGood(session.getAttribute(ACTIVE_CHECKED), email, now)) {
            return null;
        }
        SignedInSessions.Checked checking = sessions.checking(email, now);
        Optional<AccountStatus.Standing> standing = status.standing(email);
        if (standing.isEmpty() || !standing.get().active()) {
            return DEACTIVATED_PAGE;
        }
        // compared with the roles the database gave at the session's first check, not with the
        // container's isUserInRole: that answered "no role" now and then for a session just signed in
        // after a restart, and for a session that had moved to the other node of a cluster
        String roles = standing.get().roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        Object atSignIn = session.getAttribute(ROLES_AT_SIGN_IN);
        if (atSignIn == null) {
            session.setAttribute(ROLES_AT_SIGN_IN, roles);
        } else if (!atSignIn.equals(roles)) {
            return ROLES_CHANGED_PAGE;
        }
        if (standing.get().fullName() != null) {
            session.setAttribute(CurrentUser.DISPLAY_NAME, standing.get().fullName());   // a name changed on another device
        }
        session.setAttribute(ACTIVE_CHECKED, checking);
        return null;
    }

    private void firstRequestOf(String email, HttpServletRequest request, HttpServletResponse response,
                                HttpSession session) {
        session.setAttribute(SEEN, email);
        Optional<Account> account = accounts.findByEmail(email);
        account.flatMap(a -> SupportedLanguage.fromTag(a.getProfile().getPreferredLanguage()))
                .ifPresent(language -> LanguageCookie.apply(request, response, language));
        if (account.map(Account::isPasswordChangeRequired).orElse(false)) {
            session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
    }

    /** Called once the password has been changed. */
    static void passwordChanged(HttpSession session) {
        session.removeAttribute(MUST_CHANGE_PASSWORD);
    }
}
