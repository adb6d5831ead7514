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
import java.security.Principal;

/**
 * The language switcher's target: remembers the choice in a cookie, tells whoever keeps a
 * signed-in person's preference, and returns to the page the person came from (a path on
 * this site only, never another host).
 */
@WebServlet(LanguageSwitch.PATH)
public class LanguageSwitch extends HttpServlet {

    public static final String PATH = "/language";

    @Inject
    Event<LanguageChosen> languageChosen;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SupportedLanguage language = SupportedLanguage.fromTag(request.getParameter("to"))
                .orElse(SupportedLanguage.DEFAULT);
        LanguageCookie.write(request, response, language);
        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            languageChosen.fire(new LanguageChosen(caller.getName(), language));
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + safeReturnPath(request.getParameter("return")));
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
