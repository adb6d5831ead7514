package org.capacityacademy.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The published courses this instance has read, each kept while its row's version in the
 * database is the one it was read at ({@link PublishedCourse}). Every publish or import that
 * changes a course changes that row (its content hash), so a request that finds another
 * version reads the course again; the check is one indexed lookup per request, and holds on
 * every instance of a cluster without any message between them.
 *
 * <p>One reader at a time reads a changed course; the others wait for it rather than all
 * reading the same rows at once.
 *
 * <p>Only the transaction that changes a course sees its new version before it commits; should
 * that transaction read the course (and keep it) and then roll back, the course it kept is
 * dropped ({@link #storeFailed}), or it would stand for a version the database never had.
 */
@ApplicationScoped
public class PublishedCourses {

    /** A course's id, code and version as the database has them now. */
    public record Stamp(long id, String code, long version) {
    }

    private final Map<Long, PublishedCourse> byId = new ConcurrentHashMap<>();
    private final Map<Long, Object> readLocks = new ConcurrentHashMap<>();

    /**
     * The course of this stamp: the one kept when it is of the stamp's version, else the one
     * {@code read} returns (which is then kept).
     */
    PublishedCourse of(Stamp stamp, Function<Stamp, PublishedCourse> read) {
        PublishedCourse kept = byId.get(stamp.id());
        if (kept != null && kept.version == stamp.version()) {
            return kept;
        }
        synchronized (readLocks.computeIfAbsent(stamp.id(), id -> new Object())) {
            kept = byId.get(stamp.id());
            if (kept != null && kept.version >= stamp.version()) {
                return kept;
            }
            PublishedCourse fresh = read.apply(stamp);
            byId.put(stamp.id(), fresh);
            return fresh;
        }
    }

    void storeFailed(@Observes(during = TransactionPhase.AFTER_FAILURE) CourseStored stored) {
        byId.remove(stored.courseId());
    }
}
