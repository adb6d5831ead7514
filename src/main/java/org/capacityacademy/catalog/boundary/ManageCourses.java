package org.capacityacademy.catalog.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.control.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code admin/courses.xhtml}: the imported courses, and importing them again from their
 * files. The page's part on who authors each course is authoring's ({@code AssignAuthors}).
 */
@Named
@ViewScoped
public class ManageCourses implements Serializable {

    @Inject
    CourseLibrary library;

    @Inject
    Language language;

    private List<CourseLibrary.CourseSummary> courses;
    private List<ImportReport> reports = List.of();

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
}
