package org.capacityacademy.credential.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.credential.control.IssuerKey;

import java.io.IOException;

/**
 * The published revocation lists, {@code /credentials/status/{n}}: each a signed
 * BitstringStatusListCredential (VC-JWT) built from the records as they are now; and
 * {@code /credentials/status/{n}.jsonld}, the same list as JSON-LD with a Data Integrity proof,
 * which the Data Integrity credentials name. Verifiers
 * may cache it for five minutes, so a revocation shows everywhere within five minutes.
 */
@WebServlet("/credentials/status/*")
public class StatusListServlet extends HttpServlet {

    @Inject
    Badges badges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        boolean linkedData = path != null && path.endsWith(".jsonld");
        int list;
        try {
            list = path == null ? 0 : Integer.parseInt(path.substring(1, path.length() - (linkedData ? ".jsonld".length() : 0)));
        } catch (NumberFormatException e) {
            list = 0;
        }
        if (!Badges.isListNumber(list)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setCharacterEncoding("UTF-8");
        if (linkedData) {
            response.setContentType("application/vc+ld+json");
            response.getWriter().write(badges.linkedDataStatusList(list).toString());
        } else {
            response.setContentType(IssuerKey.MEDIA_TYPE);
            response.getWriter().write(badges.statusList(list));
        }
    }
}
