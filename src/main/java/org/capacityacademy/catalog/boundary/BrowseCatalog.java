package org.capacityacademy.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseCard;

import java.util.List;

/** Backs {@code catalog/courses.xhtml}: every course, for anyone. */
@Named
@RequestScoped
public class BrowseCatalog {

    @Inject
    Catalog catalog;

    @Inject
    ContentLanguages reader;

    private List<CourseCard> courses;

    public List<CourseCard> getCourses() {
        if (courses == null) {
            courses = catalog.courses(reader);
        }
        return courses;
    }
}
