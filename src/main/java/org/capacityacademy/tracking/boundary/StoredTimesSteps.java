package org.capacityacademy.tracking.boundary;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The steps that store recorded statements, run on the container's asynchronous thread as an
 * invocation of their own. Not a managed executor's task: that one runs in a copy of the
 * committing request's invocation, and its end closed the request's own non-transactional entity
 * managers while the request still used them ("closed EntityManager").
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StoredTimesSteps {

    private static final Logger LOG = Logger.getLogger(StoredTimesSteps.class.getName());

    @Inject
    StoredTimes storedTimes;

    /** Steps until no statement was recorded since the last one began; then {@code recorded} is 0 again. */
    @Asynchronous
    public void storeWhileRecorded(AtomicInteger recorded) {
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
