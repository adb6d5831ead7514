package org.capacityacademy.learning.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonView;
import org.capacityacademy.catalog.boundary.ContentLanguages;
import org.capacityacademy.catalog.control.CourseLanguageCookie;
import org.capacityacademy.learning.boundary.Learning.Progress;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.boundary.PageCopies;
import org.capacityacademy.platform.control.LanguageCookie;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue's pages as copies ({@link PageCopies}). A lesson of a published course reads the
 * same for everyone with the same page language, lesson language, roles and progress in it, but
 * for the name in the header and the script nonce; a visitor's catalogue and course page are the
 * same for every visitor with the same page language. The key is exactly what the page shows
 * that differs between readers; anything else unusual about a request (another parameter, a flash
 * message's cookie, a download for offline reading, an unknown course or lesson) goes to Faces as
 * before, as do a signed-in person's catalogue and course page (their progress, their enrolment).
 * The visit the lesson page's view action records is recorded here for a copy. Mapped in
 * {@code web.xml} after the filters that end a session or set the caching headers. In this package
 * because a lesson's copy depends on the learner's progress (the catalogue knows nothing of learners).
 */
public class CatalogCopies extends HttpFilter {

    static final String LESSON = "/catalog/lesson.xhtml";
    static final String COURSE = "/catalog/course.xhtml";
    static final String CATALOGUE = "/catalog/courses.xhtml";
    private static final Map<String, Set<String>> PARAMETERS = Map.of(LESSON, Set.of("course", "lesson"),
            COURSE, Set.of("code"), CATALOGUE, Set.of());
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
        String page = request.getServletPath();
        Optional<String> key = copies.isEnabled() && "GET".equals(request.getMethod()) && isPlain(page, request)
                ? keyOf(page, request) : Optional.empty();
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean signedIn = currentUser.isSignedIn();
        copies.answer(key.get(), request, response, chain, currentUser.getEmail(),
                signedIn ? currentUser.getRealDisplayName() : null, signedIn ? currentUser.getRealPerson() : null);
    }

    /** What the page shows that differs between readers, or empty when it is not to be copied. */
    private Optional<String> keyOf(String page, HttpServletRequest request) {
        boolean signedIn = currentUser.isSignedIn();
        if (LESSON.equals(page)) {
            LessonView lesson = catalog.lesson(request.getParameter("course"), request.getParameter("lesson"), reader).orElse(null);
            if (lesson == null || lesson.revision() == null) {
                return Optional.empty();   // Faces answers 404
            }
            if (!signedIn) {
                return Optional.of(key(page, lesson.revision(), lesson.code(), lesson.language(), "visitor"));
            }
            Progress progress = followCourse.progress(lesson.courseId());
            followCourse.visit(lesson);   // what the page's view action does (once a request)
            return Optional.of(key(page, lesson.revision(), lesson.code(), lesson.language(), roles(),
                    progress.enrolled() ? "enrolled" : "-", progress.enrolled() && progress.isCompleted(lesson.id()) ? "completed" : "-"));
        }
        if (signedIn) {
            return Optional.empty();
        }
        if (COURSE.equals(page)) {
            String code = request.getParameter("code");
            return catalog.revisionOf(code).flatMap(revision -> catalog.course(code, reader)
                    .map(course -> key(page, revision, course.card().language(), "visitor")));
        }
        return Optional.of(key(page, catalog.catalogueRevision(), "visitor"));
    }

    private String key(String page, String... parts) {
        return page + "|" + language.getTag() + "|" + String.join("|", parts);
    }

    /** What the layout asks of the person's roles, asked the same way. */
    private String roles() {
        return "person" + (currentUser.isInstructor() ? ",instructor" : "") + (currentUser.isAdministrator() ? ",administrator" : "");
    }

    /** Only the page's own parameters, once each; no cookie the page would read but these; not a download for offline reading. */
    private static boolean isPlain(String page, HttpServletRequest request) {
        Set<String> expected = PARAMETERS.get(page);
        Map<String, String[]> parameters = request.getParameterMap();
        if (expected == null || !parameters.keySet().equals(expected)
                || parameters.values().stream().anyMatch(values -> values.length != 1)
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
