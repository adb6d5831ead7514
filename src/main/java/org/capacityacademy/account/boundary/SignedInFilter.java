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
import org.capacityacademy.platform.control.LanguageCookie;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * On the first request after signing in, switches the pages to the person's preferred
 * language; keeps anyone whose password must be changed (a generated first password)
 * on the change-password page until they have changed it; and ends the session of an account
 * an administrator has deactivated, at its next request (a page goes to the sign-in page, which
 * says why; a call to the API is answered 401). Static resources are not checked, and the
 * database is asked at most every few seconds per session ({@link SignedInSessions} says how
 * soon a deactivation takes effect).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SignedInFilter extends HttpFilter {

    static final String SEEN = "academy.signedInAs";
    static final String ACTIVE_CHECKED = "academy.activeChecked";
    static final String MUST_CHANGE_PASSWORD = "academy.mustChangePassword";
    static final String CHANGE_PASSWORD_PAGE = "/account/change-password.xhtml";
    static final String DEACTIVATED_PAGE = "/sign-in.xhtml?deactivated=true";
    private static final Set<String> ALWAYS_ALLOWED = Set.of(CHANGE_PASSWORD_PAGE, "/sign-in.xhtml");

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
        boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        if (caller != null && !resource && !stillActive(caller.getName(), request)) {
            request.logout();
            Optional.ofNullable(request.getSession(false)).ifPresent(HttpSession::invalidate);
            if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + DEACTIVATED_PAGE);
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

    /** Whether the account may still be signed in: asks the database only when the session's last check is stale. */
    private boolean stillActive(String email, HttpServletRequest request) {
        HttpSession session = request.getSession();
        long now = System.currentTimeMillis();
        if (sessions.stillGood(session.getAttribute(ACTIVE_CHECKED), email, now)) {
            return true;
        }
        SignedInSessions.Checked checking = sessions.checking(email, now);
        if (!status.isActive(email)) {
            return false;
        }
        session.setAttribute(ACTIVE_CHECKED, checking);
        return true;
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
