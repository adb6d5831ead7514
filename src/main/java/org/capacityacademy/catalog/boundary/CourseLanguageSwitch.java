package org.capacityacademy.catalog.boundary;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.catalog.control.CourseLanguageCookie;
import org.capacityacademy.platform.boundary.LanguageSwitch;

import java.io.IOException;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The course-language chooser's target ({@code /catalog/course-language?course=…&to=…&return=…}):
 * remembers the language chosen for the course, in this browser (a cookie) and, for a person signed
 * in, in their account, then returns to the page the reader came from (a path on this site only).
 * A plain link, like the page-language switcher: it works on the pages visitors read without a
 * session and without script, and what it changes is a reading preference only. A language the
 * course does not offer changes nothing.
 */
@WebServlet(CourseLanguageSwitch.PATH)
public class CourseLanguageSwitch extends HttpServlet {

    public static final String PATH = "/catalog/course-language";
    private static final Logger LOG = Logger.getLogger(CourseLanguageSwitch.class.getName());

    @Inject
    Catalog catalog;

    @Inject
    CourseLanguageChoices choices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String course = request.getParameter("course");
        String to = request.getParameter("to");
        boolean offered = to != null && catalog.course(course, to).map(outline -> outline.card().offeredIn(to)).orElse(false);
        if (offered) {
            CourseLanguageCookie.write(request, response, course, to);
            Principal caller = request.getUserPrincipal();
            if (caller != null) {
                try {
                    choices.choose(caller.getName(), course, to);
                } catch (EJBException concurrent) {
                    // the same choice stored at the same moment by another request (a double click)
                    LOG.log(Level.FINE, "course language choice not stored", concurrent);
                }
            }
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + LanguageSwitch.safeReturnPath(request.getParameter("return")));
    }
}
