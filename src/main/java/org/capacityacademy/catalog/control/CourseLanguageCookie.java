package org.capacityacademy.catalog.control;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The languages a visitor chose for courses, kept in their browser (no session opens for a
 * visitor): one cookie, {@code gge-2013.zh:other-course.en}, the latest choice first, at most
 * {@value #KEPT} courses. Signed-in people's choices are kept in the database as well.
 */
public final class CourseLanguageCookie {

    public static final String NAME = "academy_course_lang";
    static final int KEPT = 20;
    private static final Pattern ENTRY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}\\.[a-z]{2,3}");

    private CourseLanguageCookie() {
    }

    /** The language this browser chose for a course, by the course's code. */
    public static Optional<String> read(HttpServletRequest request, String courseCode) {
        return Optional.ofNullable(choices(request).get(courseCode));
    }

    /** Remembers a choice in this browser for a year, keeping the others. */
    public static void write(HttpServletRequest request, HttpServletResponse response, String courseCode, String language) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(courseCode, language);
        choices(request).forEach(choices::putIfAbsent);
        String value = choices.entrySet().stream().limit(KEPT).map(e -> e.getKey() + "." + e.getValue())
                .collect(Collectors.joining(":"));
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The choices the cookie holds, by course code; a malformed entry is left out. */
    static Map<String, String> choices(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        String value = cookies == null ? null : Arrays.stream(cookies).filter(c -> NAME.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
        return parse(value);
    }

    static Map<String, String> parse(String value) {
        Map<String, String> choices = new LinkedHashMap<>();
        if (value == null || value.length() > 2_000) {
            return choices;
        }
        for (String entry : value.split(":")) {
            if (ENTRY.matcher(entry).matches()) {
                int dot = entry.lastIndexOf('.');
                choices.putIfAbsent(entry.substring(0, dot), entry.substring(dot + 1));
            }
        }
        return choices;
    }
}
