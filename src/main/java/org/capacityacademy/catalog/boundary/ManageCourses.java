package org.capacityacademy.catalog.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.boundary.AuthoringException;
import org.capacityacademy.authoring.boundary.CourseAuthors;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.control.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code admin/courses.xhtml}: the imported courses, importing them again from their files,
 * and the instructors who author each course.
 */
@Named
@ViewScoped
public class ManageCourses implements Serializable {

    @Inject
    CourseLibrary library;

    @Inject
    Language language;

    @Inject
    CourseAuthors courseAuthors;

    @Inject
    CurrentUser currentUser;

    private List<CourseLibrary.CourseSummary> courses;
    private List<ImportReport> reports = List.of();
    private Map<String, List<CourseAuthors.Author>> authors;
    private String authorCourse;
    private String authorEmail;

    public List<CourseLibrary.CourseSummary> getCourses() {
        if (courses == null) {
            courses = library.courses(language.getTag());
        }
        return courses;
    }

    public void importAgain() {
        reports = library.importAll();
        courses = null;
    }

    /** What an import changed, in the page's language. */
    public String changes(ImportReport report) {
        return Messages.text(language.getLocale(), "courses.changed", report.lessonsChanged(), report.questionsChanged(),
                report.sectionsChanged(), report.retired(), report.took().toMillis());
    }

    public List<ImportReport> getReports() {
        return reports;
    }

    /** The authors of each course listed, by course code. */
    public Map<String, List<CourseAuthors.Author>> getAuthors() {
        if (authors == null) {
            authors = courseAuthors.of(getCourses().stream().map(CourseLibrary.CourseSummary::code).toList());
        }
        return authors;
    }

    public String addAuthor() {
        if (authorCourse == null || authorCourse.isBlank()) {
            FacesMessages.error(null, "author.authors.chooseCourse");
            return null;
        }
        try {
            String added = courseAuthors.add(currentUser.getEmail(), authorCourse, authorEmail).getEmail();
            FacesMessages.info(null, "author.authors.added", added, authorCourse);
        } catch (AuthoringException e) {
            FacesMessages.error(null, e.getMessageKey(), e.getArguments());
            return null;
        }
        return here();
    }

    public String removeAuthor(String course, CourseAuthors.Author author) {
        try {
            courseAuthors.remove(currentUser.getEmail(), course, author.accountId());
        } catch (AuthoringException e) {
            FacesMessages.error(null, e.getMessageKey(), e.getArguments());
            return null;
        }
        FacesMessages.info(null, "author.authors.removed", author.email(), course);
        return here();
    }

    /** Back to the page's own address after a change, its message kept, so that reloading repeats nothing. */
    private String here() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/courses.xhtml?faces-redirect=true";
    }

    public String getAuthorCourse() {
        return authorCourse;
    }

    public void setAuthorCourse(String authorCourse) {
        this.authorCourse = authorCourse;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public void setAuthorEmail(String authorEmail) {
        this.authorEmail = authorEmail;
    }
}
