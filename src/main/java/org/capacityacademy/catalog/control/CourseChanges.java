package org.capacityacademy.catalog.control;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the changes of course rows made on this node (an entity listener of {@code Course}), so
 * that what the catalogue keeps of them (their published versions) is read again at once after a
 * change here; a change on another node is seen within {@code Catalog}'s second.
 */
public class CourseChanges {

    private static final AtomicLong CHANGES = new AtomicLong();

    /** The count now; take it BEFORE reading course rows, so that no change is missed. */
    public static long count() {
        return CHANGES.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object course) {
        CHANGES.incrementAndGet();
    }
}
