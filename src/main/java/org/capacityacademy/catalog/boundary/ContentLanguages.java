package org.capacityacademy.catalog.boundary;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.catalog.control.CourseLanguageCookie;
import org.capacityacademy.platform.boundary.Language;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reader of this request, for the catalogue's and the quizzes' pages: the language of the
 * page, and the language they chose for a course, read only when a course is not offered in the
 * page's language: for a person signed in, what they chose on any device (the database), else
 * what this browser chose (a cookie), which then becomes theirs. Also the links of the
 * course-language chooser.
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

    private static final Logger LOG = Logger.getLogger(ContentLanguages.class.getName());

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
            if (stored.isEmpty() && known.isPresent() && currentUser.isSignedIn()) {
                adopt(courseCode, known.get());
            }
            chosen.put(courseCode, known);
        }
        return known;
    }

    /** A choice made in this browser before signing in becomes the person's, for their other devices. */
    private void adopt(String courseCode, String language) {
        try {
            choices.adopt(currentUser.getEmail(), courseCode, language);
        } catch (EJBException concurrent) {
            // the same choice kept at the same moment by another request: it is kept
            LOG.log(Level.FINE, "course language choice not adopted", concurrent);
        }
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
