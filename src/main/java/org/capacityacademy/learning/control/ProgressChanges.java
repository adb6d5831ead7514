package org.capacityacademy.learning.control;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.capacityacademy.learning.entity.Enrolment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many times each learner's enrolments have changed on this node (an entity listener of
 * {@link Enrolment}, whichever code changed them: a lesson completed on a page, through the API,
 * from a device's queue, a quiz passed, an administrator's enrolment). A session keeps a learner's
 * progress with the count it was read at, and reads it again when the count has moved or the copy
 * is older than {@link #KEPT_MILLIS} (a change made on another node of a cluster).
 */
public class ProgressChanges {

    /** How long a session's copy of progress is trusted without a change seen on this node. */
    public static final long KEPT_MILLIS = 10_000;

    private static final Map<Long, Long> CHANGES = new ConcurrentHashMap<>();

    /** The learner's count now; take it BEFORE reading their progress, so that no change is missed. */
    public static long of(long accountId) {
        return CHANGES.getOrDefault(accountId, 0L);
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Enrolment enrolment) {
        CHANGES.merge(enrolment.getAccountId(), 1L, Long::sum);
    }
}
