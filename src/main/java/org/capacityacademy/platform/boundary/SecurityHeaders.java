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
    /**
     * A session attribute: the web origins (space-separated) that may show this session's pages in a
     * frame, set by a feature that starts sessions inside another site's page (an LTI launch from a
     * learning platform). Without it no page may be framed.
     */
    public static final String FRAMED_BY = "academy.framedBy";
    /**
     * A servlet context attribute: a {@code Supplier<String>} of the origins that may frame the
     * addresses under {@code /lti/} (the registered learning platforms'), before any session exists.
     */
    public static final String FRAMING_ORIGINS = "academy.framingOrigins";
    /**
     * A request attribute: the one other origin this page's forms may post to (the policy's
     * form-action), set by a page that hands something back to another site (an LTI deep linking answer).
     */
    public static final String FORM_TARGET = "academy.formTarget";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    private SecurityHeaders() {
    }

    /** The policy, with the page's script nonce when it has one (null: none); no page may be framed. */
    public static String policy(String nonce) {
        return policy(nonce, null);
    }

    /**
     * The policy, with the page's script nonce when it has one (null: none), and the origins that may
     * frame the page besides the platform itself (null or blank: none may, not even the platform).
     */
    public static String policy(String nonce, String framedBy) {
        return policy(nonce, framedBy, null);
    }

    /**
     * The policy as {@link #policy(String, String)}, whose forms may also post to one other origin
     * (null: none), such as the learning platform a deep linking answer goes back to ({@link #FORM_TARGET}).
     */
    public static String policy(String nonce, String framedBy, String formTarget) {
        String ancestors = framedBy == null || framedBy.isBlank() ? "'none'" : "'self' " + framedBy.strip();
        String forms = formTarget == null || formTarget.isBlank() ? "'self'" : "'self' " + formTarget.strip();
        return "default-src 'self'; script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'")
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action " + forms + "; frame-ancestors " + ancestors;
    }

    /** The nonce named in a policy another part of the platform wrote (PrimeFaces'), or null. */
    static String nonceIn(String policy) {
        Matcher nonce = NONCE.matcher(policy == null ? "" : policy);
        return nonce.find() ? nonce.group(1) : null;
    }

    /**
     * The origins that may frame the response to this request: those of a session started inside
     * another site's page ({@link #FRAMED_BY}), or for the LTI addresses, which platforms open in their
     * frames before any session exists, the registered platforms' ({@link #FRAMING_ORIGINS}); null: none.
     */
    public static String framedBy(jakarta.servlet.http.HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                if (session.getAttribute(FRAMED_BY) instanceof String origins) {
                    return origins;
                }
            } catch (IllegalStateException invalidated) {
                // a session ended meanwhile frames nothing
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/lti/") && request.getServletContext().getAttribute(FRAMING_ORIGINS)
                instanceof java.util.function.Supplier<?> origins) {
            Object value = origins.get();
            return value == null ? null : value.toString();
        }
        return null;
    }

    /** Sets every header (replacing any the server set before, such as its own X-Frame-Options). */
    public static void apply(HttpServletResponse response) {
        apply(response, null);
    }

    /**
     * Sets every header; a page that these origins may frame (see {@link #FRAMED_BY}) says so in its
     * policy's frame-ancestors and has no X-Frame-Options, which cannot name another origin.
     */
    public static void apply(HttpServletResponse response, String framedBy) {
        response.setHeader(CONTENT_SECURITY_POLICY, policy(null, framedBy));
        if (framedBy == null || framedBy.isBlank()) {
            response.setHeader("X-Frame-Options", "DENY");
        } else {
            // one the server or an earlier step set would forbid the frame (no value names another origin)
            response.setHeader("X-Frame-Options", null);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    }
}
