package org.capacityacademy.catalog.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonView;
import org.capacityacademy.catalog.control.CourseLanguageCookie;
import org.capacityacademy.learning.boundary.FollowCourse;
import org.capacityacademy.learning.boundary.Learning.Progress;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.boundary.PageCopies;
import org.capacityacademy.platform.control.LanguageCookie;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The lesson page as a copy ({@link PageCopies}): a lesson of a published course reads the same
 * for everyone with the same page language, lesson language, roles and progress in it, but for the
 * name in the header and the script nonce. The key is exactly what the page shows that differs
 * between readers; anything else unusual about a request (another parameter, a flash message's
 * cookie, a download for offline reading, an unknown lesson) goes to Faces as before. The visit
 * the page's view action records is recorded here for a copy. Mapped in {@code web.xml} after
 * the filters that end a session or set the caching headers.
 */
public class LessonCopies extends HttpFilter {

    static final String PAGE = "/catalog/lesson.xhtml";
    private static final Set<String> PARAMETERS = Set.of("course", "lesson");
    private static final Set<String> KNOWN_COOKIES = Set.of("ACADEMY_SESSION", LanguageCookie.NAME, CourseLanguageCookie.NAME);

    @Inject
    PageCopies copies;

    @Inject
    Catalog catalog;

    @Inject
    ContentLanguages reader;

    @Inject
    Language language;

    @Inject
    CurrentUser currentUser;

    @Inject
    FollowCourse followCourse;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!copies.isEnabled() || !"GET".equals(request.getMethod()) || !isPlain(request)) {
            chain.doFilter(request, response);
            return;
        }
        LessonView lesson = catalog.lesson(request.getParameter("course"), request.getParameter("lesson"), reader).orElse(null);
        if (lesson == null || lesson.revision() == null) {
            chain.doFilter(request, response);   // Faces answers 404, or an unpublished lesson
            return;
        }
        boolean signedIn = currentUser.isSignedIn();
        String key;
        if (signedIn) {
            Progress progress = followCourse.progress(lesson.courseId());
            key = key(lesson, roles(), progress.enrolled(), progress.enrolled() && progress.isCompleted(lesson.id()));
            followCourse.visit(lesson);   // what the page's view action does (once a request)
        } else {
            key = key(lesson, "visitor", false, false);
        }
        copies.answer(key, request, response, chain, currentUser.getEmail(),
                signedIn ? currentUser.getRealDisplayName() : null, signedIn ? currentUser.getRealPerson() : null);
    }

    private String key(LessonView lesson, String who, boolean enrolled, boolean completed) {
        return String.join("|", PAGE, lesson.revision(), lesson.courseCode(), lesson.code(), lesson.language(),
                language.getTag(), who, enrolled ? "enrolled" : "-", completed ? "completed" : "-");
    }

    /** What the layout asks of the person's roles, asked the same way. */
    private String roles() {
        return "person" + (currentUser.isInstructor() ? ",instructor" : "") + (currentUser.isAdministrator() ? ",administrator" : "");
    }

    /** Only the course and the lesson, once each; no cookie the page would read but these; not a download for offline reading. */
    private static boolean isPlain(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        if (!parameters.keySet().equals(PARAMETERS) || parameters.values().stream().anyMatch(values -> values.length != 1)
                || request.getHeader("X-Academy-Offline") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!KNOWN_COOKIES.contains(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }
}
