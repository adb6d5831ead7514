package org.capacityacademy.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;

import java.io.IOException;

/**
 * Backs {@code catalog/course.xhtml}: a course's syllabus, modules, lessons and quizzes. Request
 * scoped (see {@link ReadLesson}): a visitor's page view opens no session, and the enrol and
 * unenrol forms carry the course's code.
 */
@Named
@RequestScoped
public class ViewCourse {

    @Inject
    Catalog catalog;

    @Inject
    ContentLanguages reader;

    private String code;
    private CourseOutline course;

    /** The code a postback carries; a GET's view parameter sets the same value again. */
    @PostConstruct
    void codeOfThisRequest() {
        code = RequestCodes.of("code");
    }

    /** View action: an unknown course is a 404. */
    public void load() throws IOException {
        course = catalog.course(code, reader).orElse(null);
        if (course == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public CourseOutline getCourse() {
        if (course == null && code != null) {
            course = catalog.course(code, reader).orElse(null);
        }
        return course;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
