package org.capacityacademy.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.catalog.entity.Course;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The courses in the courses folder ({@code COURSES_DIR}, default {@code ./courses}): imports
 * them, each in its own transaction, and lists what is stored.
 */
@Stateless
public class CourseLibrary {

    private static final Logger LOG = Logger.getLogger(CourseLibrary.class.getName());

    @Inject
    CourseImport courseImport;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "courses.dir", defaultValue = "./courses")
    String coursesDir;

    /** A stored course as the administrator's list shows it. */
    public record CourseSummary(String code, String title, int version, long lessons, long questions,
                                Instant importedAt) implements Serializable {
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ImportReport> importAll() {
        Path folder = Path.of(coursesDir);
        if (!Files.isDirectory(folder)) {
            LOG.warning(() -> "No courses folder at " + folder.toAbsolutePath() + " (set COURSES_DIR)");
            return List.of(ImportReport.failed(folder.toString(),
                    List.of(folder.toAbsolutePath() + ": no such folder (set COURSES_DIR)"), java.time.Duration.ZERO));
        }
        try (Stream<Path> courses = Files.list(folder)) {
            return courses.filter(c -> Files.isRegularFile(c.resolve("course.yaml"))).sorted()
                    .map(courseImport::importCourse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<CourseSummary> courses(String language) {
        return em.createNamedQuery(Course.FIND_ALL, Course.class).getResultStream()
                .map(course -> new CourseSummary(course.getCode(), course.textIn(language).getTitle(),
                        course.getContentVersion(), count("SELECT COUNT(l) FROM Lesson l WHERE l.courseId = :c AND l.retired = FALSE", course),
                        count("SELECT COUNT(q) FROM Question q WHERE q.courseId = :c AND q.retired = FALSE", course),
                        course.getImportedAt()))
                .toList();
    }

    private long count(String query, Course course) {
        return em.createQuery(query, Long.class).setParameter("c", course.getId()).getSingleResult();
    }
}
