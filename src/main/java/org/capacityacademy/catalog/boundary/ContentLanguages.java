package org.capacityacademy.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseCard;
import org.capacityacademy.catalog.control.CourseLanguageCookie;
import org.capacityacademy.platform.boundary.Language;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reader of this request, for the catalogue's and the quizzes' pages: the language of the
 * page, and the language they chose for a course, read only when a course is not offered in the
 * page's language: for a person signed in, what they chose on any device (the database), else
 * what this browser chose (a cookie). Also the links of the course-language chooser.
 */
@Named("contentLanguages")
@RequestScoped
public class ContentLanguages implements ReaderLanguages {

    @Inject
    Language language;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    @Inject
    CourseLanguageChoices choices;

    private final Map<String, Optional<String>> chosen = new HashMap<>();

    @Override
    public String page() {
        return language.getTag();
    }

    @Override
    public Optional<String> chosenFor(String courseCode) {
        Optional<String> known = chosen.get(courseCode);
        if (known == null) {
            Optional<String> stored = currentUser.isSignedIn() ? choices.chosen(currentUser.getEmail(), courseCode) : Optional.empty();
            known = stored.or(() -> CourseLanguageCookie.read(request, courseCode));
            chosen.put(courseCode, known);
        }
        return known;
    }

    /** Whether a course is shown in another language than the page's: the page then says so and offers the course's languages. */
    public boolean isElsewhere(CourseCard course) {
        return course != null && !course.language().equals(page());
    }

    /** The link that reads a course in one of its languages from now on, and comes back to this page. */
    public String chooseUrl(String courseCode, String tag) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            uri += "?" + request.getQueryString();
        }
        return request.getContextPath() + CourseLanguageSwitch.PATH + "?course=" + URLEncoder.encode(courseCode, StandardCharsets.UTF_8)
                + "&to=" + URLEncoder.encode(tag, StandardCharsets.UTF_8) + "&return=" + URLEncoder.encode(uri, StandardCharsets.UTF_8);
    }
}
