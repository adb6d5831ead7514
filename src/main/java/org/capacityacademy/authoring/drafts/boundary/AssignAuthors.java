package org.capacityacademy.authoring.drafts.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.catalog.boundary.CourseLibrary;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs the authors part of {@code admin/courses.xhtml}: the instructors who author each course,
 * and making an instructor an author of a course or no longer one.
 */
@Named
@ViewScoped
public class AssignAuthors implements Serializable {

    @Inject
    CourseAuthors courseAuthors;

    @Inject
    CourseLibrary library;

    @Inject
    Language language;

    @Inject
    CurrentUser currentUser;

    private List<CourseLibrary.CourseSummary> courses;
    private Map<String, List<CourseAuthors.Author>> authors;
    private String course;
    private String email;

    public List<CourseLibrary.CourseSummary> getCourses() {
        if (courses == null) {
            courses = library.courses(language.getTag());
        }
        return courses;
    }

    /** The authors of each course listed, by course code. */
    public Map<String, List<CourseAuthors.Author>> getAuthors() {
        if (authors == null) {
            authors = courseAuthors.of(getCourses().stream().map(CourseLibrary.CourseSummary::code).toList());
        }
        return authors;
    }

    public String add() {
        if (course == null || course.isBlank()) {
            FacesMessages.error(null, "author.authors.chooseCourse");
            return null;
        }
        try {
            String added = courseAuthors.add(currentUser.getEmail(), course, email).getEmail();
            FacesMessages.info(null, "author.authors.added", added, course);
        } catch (AuthoringException e) {
            FacesMessages.error(null, e.getMessageKey(), e.getArguments());
            return null;
        }
        return here();
    }

    public String remove(String courseCode, CourseAuthors.Author author) {
        try {
            courseAuthors.remove(currentUser.getEmail(), courseCode, author.accountId());
        } catch (AuthoringException e) {
            FacesMessages.error(null, e.getMessageKey(), e.getArguments());
            return null;
        }
        FacesMessages.info(null, "author.authors.removed", author.email(), courseCode);
        return here();
    }

    /** Back to the page's own address after a change, its message kept, so that reloading repeats nothing. */
    private String here() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/courses.xhtml?faces-redirect=true";
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
