package org.capacityacademy.credential.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.PartNames;
import org.capacityacademy.credential.entity.CompletionRecord;

import java.io.Serializable;
import java.util.Map;

/**
 * The course title a record is shown with: in the language asked for (the page's, or the
 * certificate's) when the course has it now, say a French certificate of a course translated
 * into French after the record was issued; otherwise the title the record keeps, in the language
 * its learner had the course in on the day.
 */
@ApplicationScoped
public class CourseTitles {

    @Inject
    Catalog catalog;

    /** A title and the language it is in. */
    public record CourseTitle(String language, String text) implements Serializable {
    }

    public CourseTitle of(CompletionRecord record, String language) {
        Map<String, String> titles = catalog.courseNames(record.getCourseId()).map(PartNames::titles).orElse(Map.of());
        String title = titles.get(language);
        return title == null || title.isBlank() ? new CourseTitle(record.getCourseLanguage(), record.getCourseTitle())
                : new CourseTitle(language, title);
    }
}
