package org.capacityacademy.tracking.boundary;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Once a transaction that recorded statements has committed, has them stored soon, on a
 * thread of its own ({@link StoredTimesSteps}): the learner's request never waits for the lock of the stored clock.
 * Commits that come while a step runs are taken by one more step, not one each, so a crowd
 * of learners costs a few steps rather than one per answer.
 */
@ApplicationScoped
public class StoredTimesAfterCommit {

    /** What has been recorded since the last step began; 0 while no step runs or is due. */
    private final AtomicInteger recorded = new AtomicInteger();

    @Inject
    StoredTimesSteps steps;

    /** A statement was recorded in a transaction that has now committed. */
    public record Recorded(long statement) {
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Recorded statement) {
        if (recorded.getAndIncrement() == 0) {
            try {
                steps.storeWhileRecorded(recorded);
            } catch (EJBException e) {
                // the next reader, forwarding run or sweep stores it
                recorded.set(0);
            }
        }
    }
}
