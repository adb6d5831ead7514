package org.capacityacademy.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;

/**
 * The security headers ({@link SecurityHeaders}) on every response the platform makes: pages,
 * files, the API, redirects, and the error pages the server shows for 400, 403, 404, 405, 413 and
 * 500 (web.xml maps it to the error dispatch too, and first of all filters, so that a filter
 * answering early answers with them). The redirect to the sign-in page, which Jakarta Security
 * sends before any filter, gets them from {@link SignInMechanism}. Cookies get SameSite, and
 * Secure unless {@code SESSION_COOKIE_SECURE=false} ({@link SecuredResponse}).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private boolean secureCookies = true;

    @Override
    public void init() {
        secureCookies = ConfigProvider.getConfig().getOptionalValue("session.cookie.secure", Boolean.class).orElse(true);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String framedBy = SecurityHeaders.framedBy(request);
        SecurityHeaders.apply(response, framedBy);
        chain.doFilter(request, new SecuredResponse(response, secureCookies, framedBy, request));
    }
}
