package org.capacityacademy.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.List;

/**
 * Requests the platform refuses before any page or endpoint reads them, each with its status and
 * an error page in the person's language: a method nothing here answers (405; TRACE included, which
 * the server passes on to be refused here, with the security headers), a form larger than the
 * server reads (413, naming the limit: the server would otherwise drop every field of it, the view
 * state too), and an address that is not UTF-8 (400: a character would become �).
 */
public class RefusedRequests extends HttpFilter {

    /** The most a form (not an upload) may hold: the server's {@code max-form-post-size-bytes}, deploy/pre-boot-commands.txt. */
    public static final int FORM_BYTES = 2 * 1024 * 1024;
    /** What the error page tells the person why the request was refused (a message key). */
    public static final String REASON = "academy.refusal";

    private static final List<String> PAGE_METHODS = List.of("GET", "HEAD", "POST");
    private static final List<String> API_METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.startsWith("/xapi/");
        if (!(api ? API_METHODS : PAGE_METHODS).contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", api ? API_METHODS : PAGE_METHODS));
            refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "error.405.text");
            return;
        }
        if (!isUtf8(request.getRequestURI()) || !isUtf8(request.getQueryString())) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.400.notUtf8");
            return;
        }
        if (isForm(request) && request.getContentLengthLong() > FORM_BYTES) {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // an AJAX postback (the lesson editor's live preview) follows a redirect given this way
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + request.getContextPath() + "/error/too-large.xhtml\"/></partial-response>");
                return;
            }
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.413.text");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        request.setAttribute(REASON, reason);
        response.sendError(status);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Whether the percent-encoded bytes of an address (or its query) are UTF-8; null is. */
    static boolean isUtf8(String encoded) {
        if (encoded == null || encoded.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length() && Character.digit(encoded.charAt(i + 1), 16) >= 0
                    && Character.digit(encoded.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(encoded, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
