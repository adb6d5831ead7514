package org.capacityacademy.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.catalog.boundary.CatalogViews.GlossaryView;

import java.io.IOException;

/**
 * Backs {@code catalog/glossary.xhtml}: a course's key terms with their explanations, in the
 * language the reader gets the course in, sorted as that language sorts (Moodle courses have a
 * Glossary activity; this is the course's). Request scoped, for anyone (see {@link ReadLesson}).
 */
@Named
@RequestScoped
public class ReadGlossary {

    @Inject
    Catalog catalog;

    @Inject
    ContentLanguages reader;

    private String course;
    private GlossaryView glossary;

    /** View action: an unknown course is a 404. */
    public void load() throws IOException {
        glossary = catalog.glossary(course, reader).orElse(null);
        if (glossary == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public GlossaryView getGlossary() {
        return glossary;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
