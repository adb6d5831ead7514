package org.capacityacademy.tracking.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a transaction that recorded statements has committed, has them stored soon, on a
 * thread of its own: the learner's request never waits for the lock of the stored clock.
 * Commits that come while a step runs are taken by one more step, not one each, so a crowd
 * of learners costs a few steps rather than one per answer.
 *
 * <p>The thread is started with the application and only woken after a commit. Neither a
 * managed executor's task nor an asynchronous EJB call is started from the commit itself: the
 * container's bookkeeping of such a call, made while the committing call ends, closed the
 * non-transactional entity managers the calling request was still using ("closed EntityManager").
 */
@ApplicationScoped
public class StoredTimesAfterCommit {

    private static final Logger LOG = Logger.getLogger(StoredTimesAfterCommit.class.getName());

    /** One permit per commit since the last step began. */
    private final Semaphore due = new Semaphore(0);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    StoredTimes storedTimes;

    private Thread worker;

    /** A statement was recorded in a transaction that has now committed. */
    public record Recorded(long statement) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        worker = threads.newThread(this::storeWhenDue);
        worker.setName("xapi-stored-times");
        worker.setDaemon(true);
        worker.start();
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.interrupt();
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Recorded statement) {
        due.release();
    }

    private void storeWhenDue() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                due.acquire();
            } catch (InterruptedException stopped) {
                return;
            }
            due.drainPermits();
            try {
                storedTimes.storeWaiting();
            } catch (RuntimeException e) {
                // the next reader, forwarding run or sweep stores them
                LOG.log(Level.WARNING, "xAPI statements wait for their stored time until the next reader or sweep", e);
            }
        }
    }
}
