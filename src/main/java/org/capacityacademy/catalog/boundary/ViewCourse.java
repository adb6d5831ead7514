package org.capacityacademy.catalog.boundary;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.platform.boundary.Language;

import java.io.IOException;

/** Backs {@code catalog/course.xhtml}: a course's syllabus, modules, lessons and quizzes. */
@Named
@ViewScoped
public class ViewCourse implements Serializable {

    @Inject
    Catalog catalog;

    @Inject
    Language language;

    private String code;
    /** Not kept in the session's copy (see {@link ReadLesson}): read again from the shared cache after a move to another node. */
    private transient CourseOutline course;

    /** View action: an unknown course is a 404. */
    public void load() throws IOException {
        course = catalog.course(code, language.getTag()).orElse(null);
        if (course == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public CourseOutline getCourse() {
        if (course == null && code != null) {
            course = catalog.course(code, language.getTag()).orElse(null);
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
