package org.capacityacademy.offline.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.ContentLanguages;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.control.Messages;

import java.text.MessageFormat;

/** The size the "Available offline" switch announces before downloading, in the page's language ("2.1 MB", "2,1 Mo"). */
@Named("offlineDownloads")
@RequestScoped
public class OfflineDownloads {

    @Inject
    OfflineCourses offline;

    @Inject
    ContentLanguages reader;

    @Inject
    Language language;

    public String size(CourseOutline course) {
        double megabytes = offline.estimatedBytes(course, reader) / 1_048_576.0;
        return new MessageFormat(Messages.text(language.getLocale(), "offline.megabytes"), language.getLocale())
                .format(new Object[]{megabytes});
    }
}
