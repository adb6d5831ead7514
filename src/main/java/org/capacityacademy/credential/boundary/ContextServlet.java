package org.capacityacademy.credential.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.credential.control.JsonLdContexts;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /credentials/contexts/{file}}: the platform's copies of the JSON-LD contexts its
 * credentials name ({@link JsonLdContexts}), so that a verifier that does not carry them needs no
 * other host than the issuer. Public and cacheable: they never change.
 */
@WebServlet("/credentials/contexts/*")
public class ContextServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<byte[]> context = path == null ? Optional.empty() : JsonLdContexts.INSTANCE.file(path.substring(1));
        if (context.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/ld+json");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentLength(context.get().length);
        response.getOutputStream().write(context.get());
    }
}
