package org.capacityacademy.tracking.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a transaction that recorded statements has committed, has them stored soon, on a
 * thread of its own: the learner's request never waits for the lock of the stored clock.
 * Commits that come while a step runs are taken by one more step, not one each, so a crowd
 * of learners costs a few steps rather than one per answer.
 */
@ApplicationScoped
public class StoredTimesAfterCommit {

    private static final Logger LOG = Logger.getLogger(StoredTimesAfterCommit.class.getName());

    /** What has been recorded since the last step began; 0 while no step runs or is due. */
    private final AtomicInteger recorded = new AtomicInteger();

    @Resource
    ManagedExecutorService executor;

    @Inject
    StoredTimes storedTimes;

    /** A statement was recorded in a transaction that has now committed. */
    public record Recorded(long statement) {
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Recorded statement) {
        if (recorded.getAndIncrement() == 0) {
            try {
                executor.execute(this::storeWhileRecorded);
            } catch (RejectedExecutionException e) {
                // the next reader, forwarding run or sweep stores it
                recorded.set(0);
            }
        }
    }

    private void storeWhileRecorded() {
        int seen;
        do {
            seen = recorded.get();
            try {
                storedTimes.storeWaiting();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "xAPI statements wait for their stored time until the next reader or sweep", e);
            }
        } while (!recorded.compareAndSet(seen, 0));
    }
}
