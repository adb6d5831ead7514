package org.capacityacademy.catalog.boundary;

import org.capacityacademy.courseformat.CourseDefinition.QuestionDefinition;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a course's question banks are kept, for the import to bring them in line with the files
 * and for the catalogue to size each module's quiz. The catalogue names what it needs here;
 * assessment, which keeps the questions, provides it, so that the dependency goes one way.
 */
public interface QuestionStore {

    /** How many questions an import added or changed, and how many it retired. */
    record Stored(int changed, int retired) {
    }

    /**
     * Stores the banks of a course's modules (module id to its questions, in order) in the caller's
     * transaction; questions in no bank any more are retired, never deleted.
     */
    Stored storeBanks(long courseId, Map<Long, List<QuestionDefinition>> banks, Instant now);

    /** How many questions each module's bank holds now, by module id. */
    Map<Long, Long> countsByModule(long courseId);
}
