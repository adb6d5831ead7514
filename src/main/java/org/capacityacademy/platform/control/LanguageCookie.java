package org.capacityacademy.platform.control;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The cookie that keeps a person's chosen language between visits, signed in or not. */
public final class LanguageCookie {

    public static final String NAME = "academy_lang";
    /** Set on a request whose response changes the cookie, so that this very page follows it. */
    static final String REQUEST_ATTRIBUTE = "academy.language";

    private LanguageCookie() {
    }

    public static Optional<SupportedLanguage> read(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof SupportedLanguage chosen) {
            return Optional.of(chosen);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> NAME.equals(c.getName()))
                .findFirst()
                .flatMap(c -> SupportedLanguage.fromTag(c.getValue()));
    }

    /** Remembers the language for later visits and uses it for the rest of this request. */
    public static void apply(HttpServletRequest request, HttpServletResponse response, SupportedLanguage language) {
        request.setAttribute(REQUEST_ATTRIBUTE, language);
        write(request, response, language);
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, SupportedLanguage language) {
        Cookie cookie = new Cookie(NAME, language.getTag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
