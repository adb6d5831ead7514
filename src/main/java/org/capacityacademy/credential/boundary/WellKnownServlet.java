package org.capacityacademy.credential.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Where verifiers look for the issuer's public key: {@code /.well-known/jwks.json} and the
 * {@code did:web} document {@code /.well-known/did.json}. Public, cacheable for an hour.
 */
@WebServlet(urlPatterns = {"/.well-known/jwks.json", "/.well-known/did.json"})
public class WellKnownServlet extends HttpServlet {

    @Inject
    Badges badges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean did = request.getServletPath().endsWith("did.json");
        response.setContentType(did ? "application/did+json" : "application/jwk-set+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getWriter().write((did ? badges.didDocument() : badges.jwks()).toString());
    }
}
