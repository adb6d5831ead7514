package org.capacityacademy.credential.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.capacityacademy.platform.control.ClientAddress;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public verification address printed and encoded on every certificate. {@code GET
 * /verify/{code}} shows the verification page with the verdict, or answers JSON to {@code
 * Accept: application/json}; {@code POST /verify} with a credential (VC-JWT or Data Integrity
 * JSON-LD) as its body, or with a PDF certificate ({@code Content-Type: application/pdf}),
 * answers JSON, and the page's own forms post a pasted credential or an uploaded PDF here too.
 * No sign-in, no session, nothing changed (so no CSRF token is needed); lookups that find
 * nothing are counted per client address.
 */
@WebServlet(urlPatterns = {"/verify", "/verify/*"})
@MultipartConfig(maxFileSize = VerifyServlet.MAX_PDF, maxRequestSize = VerifyServlet.MAX_PDF + 64 * 1024,
        fileSizeThreshold = VerifyServlet.MAX_PDF + 1)
public class VerifyServlet extends HttpServlet {

    static final String PAGE = "/credential/verify.xhtml";
    static final String VERDICT = "verification.verdict";
    static final String TYPED = "verification.typed";
    static final String PRESENTED = "verification.presented";
    static final String UPLOADED = "verification.uploaded";
    static final int MAX_CREDENTIAL = 64 * 1024;
    /** Certificates are a few hundred kilobytes; anything much larger is refused unread. */
    static final int MAX_PDF = 4 * 1024 * 1024;

    @Inject
    Verification verification;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String code = path == null || path.length() <= 1 ? null : path.substring(1);
        String typed = request.getParameter("code");
        if (code == null && typed != null && !typed.isBlank()) {
            // the page's form asks with ?code=; the address of a verdict is /verify/{code}
            response.sendRedirect(request.getContextPath() + "/verify/"
                    + URLEncoder.encode(typed.strip(), StandardCharsets.UTF_8).replace("+", "%20"));
            return;
        }
        if (code == null) {
            request.getRequestDispatcher(PAGE).forward(request, response);
            return;
        }
        Verdict verdict = verification.byCode(code, clientAddress.of(request));
        if (wantsJson(request)) {
            answer(response, verdict);
            return;
        }
        request.setAttribute(TYPED, code);
        show(request, response, verdict);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            request.setAttribute(UPLOADED, Boolean.TRUE);
            show(request, response, uploaded(request));
            return;
        }
        if (type.startsWith("application/pdf")) {
            byte[] pdf = request.getContentLengthLong() > MAX_PDF ? null : request.getInputStream().readNBytes(MAX_PDF + 1);
            if (pdf == null || pdf.length > MAX_PDF) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            answer(response, verification.pdf(pdf, clientAddress.of(request)));
            return;
        }
        if (request.getContentLengthLong() > MAX_CREDENTIAL) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            request.setCharacterEncoding("UTF-8");
            String credential = request.getParameter("credential");
            request.setAttribute(PRESENTED, Boolean.TRUE);
            show(request, response, verification.credential(credential, clientAddress.of(request)));
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_CREDENTIAL + 1);
        if (body.length > MAX_CREDENTIAL) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        answer(response, verification.credential(new String(body, StandardCharsets.UTF_8), clientAddress.of(request)));
    }

    /** The PDF the page's form uploaded; a file over the limit is refused unread. */
    private Verdict uploaded(HttpServletRequest request) throws IOException, ServletException {
        Part part;
        try {
            part = request.getPart("pdf");
        } catch (IllegalStateException tooLarge) {
            return Verdict.unknown(Verdict.Reason.FILE_TOO_LARGE);
        }
        if (part == null || part.getSize() == 0) {
            return Verdict.unknown(Verdict.Reason.NOT_A_PDF);
        }
        try (InputStream in = part.getInputStream()) {
            return verification.pdf(in.readNBytes(MAX_PDF), clientAddress.of(request));
        } finally {
            part.delete();
        }
    }

    private static void show(HttpServletRequest request, HttpServletResponse response, Verdict verdict)
            throws ServletException, IOException {
        request.setAttribute(VERDICT, verdict);
        if (verdict.reason() == Verdict.Reason.TOO_MANY) {
            response.setStatus(429);
        }
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    private static void answer(HttpServletResponse response, Verdict verdict) throws IOException {
        response.setStatus(verdict.reason() == Verdict.Reason.TOO_MANY ? 429 : HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(VerdictJson.of(verdict).toString());
    }

    /** JSON when the client asks for it and does not prefer a page (a browser's Accept lists text/html). */
    static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }
}
