package org.capacityacademy.tracking.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.capacityacademy.tracking.control.ForwardingQueue;
import org.capacityacademy.tracking.control.ForwardingQueue.Pending;
import org.capacityacademy.tracking.control.LrsClient;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Forwards statements to an external learning record store in batches, in the order they were
 * stored. Committed statements are stored first, as for any reader ({@link StoredTimes}). The
 * posting runs outside any transaction; then the queue moves past the batch, or, when the store
 * refused it or could not be reached, waits with a growing pause and sends the same batch again.
 * Sending a statement twice is harmless: the store keeps one statement per id.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Forwarding {

    static final int BATCH = 50;
    static final int MAX_BATCHES_PER_RUN = 20;
    private static final Logger LOG = Logger.getLogger(Forwarding.class.getName());

    @Inject
    ForwardingQueue queue;

    @Inject
    StoredTimes storedTimes;

    /** Forwards what is due at {@code now}; returns how many statements the store took. */
    public int forwardDue(LrsClient store, Instant now) {
        try {
            storedTimes.storeWaiting();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Forwarding what was stored before: the stored clock was busy (" + e.getMessage() + ")");
        }
        int forwarded = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<Pending> due = queue.due(now, BATCH);
            if (due.isEmpty()) {
                break;
            }
            try {
                store.post(due.stream().map(Pending::json).toList());
            } catch (IOException | RuntimeException e) {
                LOG.warning(() -> "Forwarding " + due.size() + " xAPI statements to " + store.getStatementsUri()
                        + " failed, retried later: " + e.getMessage());
                queue.failed(now);
                break;
            }
            queue.forwarded(due.get(due.size() - 1));
            forwarded += due.size();
        }
        return forwarded;
    }
}
