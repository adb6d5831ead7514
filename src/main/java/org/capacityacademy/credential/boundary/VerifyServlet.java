package org.capacityacademy.credential.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.platform.control.ClientAddress;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public verification address printed and encoded on every certificate. {@code GET
 * /verify/{code}} shows the verification page with the verdict, or answers JSON to {@code
 * Accept: application/json}; {@code POST /verify} with a credential (VC-JWT) as its body
 * answers JSON, and the page's own form posts a pasted credential here too. No sign-in, no
 * session; lookups that find nothing are counted per client address.
 */
@WebServlet(urlPatterns = {"/verify", "/verify/*"})
public class VerifyServlet extends HttpServlet {

    static final String PAGE = "/credential/verify.xhtml";
    static final String VERDICT = "verification.verdict";
    static final String TYPED = "verification.typed";
    static final String PRESENTED = "verification.presented";
    static final int MAX_CREDENTIAL = 64 * 1024;

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
        if (request.getContentLength() > MAX_CREDENTIAL) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        String type = request.getContentType();
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
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
