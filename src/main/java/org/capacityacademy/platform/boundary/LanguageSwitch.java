package org.capacityacademy.platform.boundary;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.platform.control.LanguageCookie;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;

/**
 * The language switcher's target. The switcher posts here: the choice is remembered in a cookie,
 * a signed-in person's profile keeps it (whoever keeps it is told), and the person returns to the
 * page they came from (a path on this site only, never another host). A post from another site is
 * refused (403): only the platform's own pages change what a profile says. A link here
 * ({@code GET /language?to=fr&return=/}) still switches this browser's pages, and saves nothing.
 */
@WebServlet(LanguageSwitch.PATH)
public class LanguageSwitch extends HttpServlet {

    public static final String PATH = "/language";

    @Inject
    Event<LanguageChosen> languageChosen;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switchTo(request, response, chosen(request));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        SupportedLanguage language = chosen(request);
        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            languageChosen.fire(new LanguageChosen(caller.getName(), language));
        }
        switchTo(request, response, language);
    }

    private static SupportedLanguage chosen(HttpServletRequest request) {
        return SupportedLanguage.fromTag(request.getParameter("to")).orElse(SupportedLanguage.DEFAULT);
    }

    private static void switchTo(HttpServletRequest request, HttpServletResponse response, SupportedLanguage language)
            throws IOException {
        LanguageCookie.write(request, response, language);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + safeReturnPath(request.getParameter("return")));
    }

    /**
     * Whether a post comes from a page of this site: what the browser says of it (Sec-Fetch-Site),
     * else its Origin, when it gives one, names this host.
     */
    static boolean fromThisSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equals(site) || "none".equals(site);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            return request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    /** A path on this site to go back to; the home page for anything else (another host, a malformed path). */
    public static String safeReturnPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return path;
    }

    /** A signed-in person chose a language; their profile should keep it. */
    public record LanguageChosen(String callerName, SupportedLanguage language) {
    }
}
