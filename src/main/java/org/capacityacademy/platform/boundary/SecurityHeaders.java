package org.capacityacademy.platform.boundary;

import jakarta.servlet.http.HttpServletResponse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security headers every response carries, and the one Content-Security-Policy: scripts only
 * from the platform and, on a page, those carrying the page's nonce (PrimeFaces' CSP mode makes one
 * per page and adds its policy, which {@link SecuredResponse} merges into this one).
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    private SecurityHeaders() {
    }

    /** The policy, with the page's script nonce when it has one (null: none). */
    public static String policy(String nonce) {
        return "default-src 'self'; script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'")
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** The nonce named in a policy another part of the platform wrote (PrimeFaces'), or null. */
    static String nonceIn(String policy) {
        Matcher nonce = NONCE.matcher(policy == null ? "" : policy);
        return nonce.find() ? nonce.group(1) : null;
    }

    /** Sets every header (replacing any the server set before, such as its own X-Frame-Options). */
    public static void apply(HttpServletResponse response) {
        response.setHeader(CONTENT_SECURITY_POLICY, policy(null));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    }
}
