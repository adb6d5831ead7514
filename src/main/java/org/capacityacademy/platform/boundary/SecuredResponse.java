package org.capacityacademy.platform.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.util.Locale;

/**
 * A response whose Content-Security-Policy stays one header, and whose cookies all say SameSite
 * (Lax unless they say otherwise) and, when configured, Secure. PrimeFaces adds its nonce policy
 * as a second header; it becomes the platform's policy with that nonce. Cookies set by libraries
 * (Faces' flash cookie, for one) get the attributes they lack.
 */
final class SecuredResponse extends HttpServletResponseWrapper {

    private final boolean secureCookies;
    private final String framedBy;
    private final jakarta.servlet.ServletRequest request;

    SecuredResponse(HttpServletResponse response, boolean secureCookies) {
        this(response, secureCookies, null, null);
    }

    /**
     * @param framedBy the origins that may frame the page ({@link SecurityHeaders#FRAMED_BY}), or null
     * @param request  the request, whose {@link SecurityHeaders#FORM_TARGET} a page may set; or null
     */
    SecuredResponse(HttpServletResponse response, boolean secureCookies, String framedBy, jakarta.servlet.ServletRequest request) {
        super(response);
        this.secureCookies = secureCookies;
        this.framedBy = framedBy;
        this.request = request;
    }

    private String formTarget() {
        return request != null && request.getAttribute(SecurityHeaders.FORM_TARGET) instanceof String origin ? origin : null;
    }

    @Override
    public void setHeader(String name, String value) {
        if (SecurityHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
            super.setHeader(SecurityHeaders.CONTENT_SECURITY_POLICY, SecurityHeaders.policy(SecurityHeaders.nonceIn(value), framedBy, formTarget()));
        } else if ("Set-Cookie".equalsIgnoreCase(name)) {
            super.setHeader(name, withAttributes(value, secureCookies));
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (SecurityHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
            setHeader(name, value);
        } else if ("Set-Cookie".equalsIgnoreCase(name)) {
            super.addHeader(name, withAttributes(value, secureCookies));
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void addCookie(Cookie cookie) {
        if (cookie.getAttribute("SameSite") == null) {
            cookie.setAttribute("SameSite", "Lax");
        }
        if (secureCookies) {
            cookie.setSecure(true);
        }
        super.addCookie(cookie);
    }

    /** A Set-Cookie header's value with SameSite=Lax and Secure added when it lacks them. */
    static String withAttributes(String setCookie, boolean secure) {
        String lower = setCookie.toLowerCase(Locale.ROOT);
        String result = setCookie;
        if (!lower.contains("samesite=")) {
            result += "; SameSite=Lax";
        }
        if (secure && !lower.matches("(?s).*;\\s*secure\\s*(;.*)?")) {
            result += "; Secure";
        }
        return result;
    }
}
