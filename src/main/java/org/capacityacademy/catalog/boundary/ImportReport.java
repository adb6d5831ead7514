package org.capacityacademy.catalog.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * What an import did to one course: counts of what is there and of what it changed, or the
 * problems that kept it from importing anything.
 */
public record ImportReport(String course, boolean unchanged, int modules, int lessons, int questions,
                           int lessonsChanged, int questionsChanged, int sectionsChanged, int retired,
                           List<String> problems, Duration took) implements Serializable {

    public boolean isFailed() {
        return !problems.isEmpty();
    }

    static ImportReport failed(String course, List<String> problems, Duration took) {
        return new ImportReport(course, false, 0, 0, 0, 0, 0, 0, 0, List.copyOf(problems), took);
    }
}
