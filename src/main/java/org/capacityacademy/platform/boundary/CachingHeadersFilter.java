package org.capacityacademy.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * What browsers may keep. A resource whose address carries its version (ours by
 * {@link VersionedResources}, PrimeFaces' by its release) never changes under that address:
 * it is kept for a year and not even checked again, so a repeat visit downloads the page
 * alone. Pages are built per person and request (the script nonce, the view state): kept by no
 * shared cache and checked every time, and never written to disk once someone is signed in (a
 * shared computer in an office or a cyber café). The site's icon, which browsers ask for by its
 * fixed address on a first visit, is kept for a week.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CachingHeadersFilter extends HttpFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String PAGE = "private, no-cache";
    static final String SIGNED_IN_PAGE = "private, no-store";
    static final String ICON = "public, max-age=604800";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(RESOURCES)) {
            chain.doFilter(request, isVersioned(request) ? new KeptForAYear(response) : response);
            return;
        }
        // a default only: an answer that knows better (a download, a redirect) sets its own
        response.setHeader("Cache-Control", "/favicon.ico".equals(path) ? ICON
                : request.getUserPrincipal() == null ? PAGE : SIGNED_IN_PAGE);
        chain.doFilter(request, response);
    }

    /** A file under a versioned address; not PrimeFaces' dynamic content (pfdrid), made per request. */
    private static boolean isVersioned(HttpServletRequest request) {
        String version = request.getParameter(VersionedResources.VERSION_PARAMETER);
        return version != null && !version.isBlank() && request.getParameter("pfdrid") == null;
    }

    /**
     * Where Faces marks a resource it serves as cacheable ({@code max-age}, a week by default),
     * makes it a year and immutable. Faces sets no such header on a missing resource (404), which
     * is therefore not kept, and a handler that forbids caching ({@code no-cache}) is obeyed.
     */
    private static final class KeptForAYear extends HttpServletResponseWrapper {

        KeptForAYear(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (isCacheable(name, value)) {
                super.setHeader(name, IMMUTABLE);
            } else if (!"Expires".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (isCacheable(name, value)) {
                super.setHeader(name, IMMUTABLE);
            } else if (!"Expires".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        private static boolean isCacheable(String name, String value) {
            return "Cache-Control".equalsIgnoreCase(name) && value != null && value.strip().startsWith("max-age");
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!"Expires".equalsIgnoreCase(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!"Expires".equalsIgnoreCase(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
