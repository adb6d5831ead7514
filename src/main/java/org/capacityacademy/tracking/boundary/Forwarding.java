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
 * Forwards due statements to an external learning record store in batches. The posting runs
 * outside any transaction; each batch is then marked forwarded, or postponed with a growing
 * wait when the store refused it or could not be reached. Sending a statement twice is
 * harmless: the store keeps one statement per id.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Forwarding {

    static final int BATCH = 50;
    static final int MAX_BATCHES_PER_RUN = 20;
    private static final Logger LOG = Logger.getLogger(Forwarding.class.getName());

    @Inject
    ForwardingQueue queue;

    /** Forwards what is due at {@code now}; returns how many statements the store took. */
    public int forwardDue(LrsClient store, Instant now) {
        int forwarded = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<Pending> due = queue.due(now, BATCH);
            if (due.isEmpty()) {
                break;
            }
            List<Long> ids = due.stream().map(Pending::id).toList();
            try {
                store.post(due.stream().map(Pending::json).toList());
            } catch (IOException | RuntimeException e) {
                LOG.warning(() -> "Forwarding " + ids.size() + " xAPI statements to " + store.getStatementsUri()
                        + " failed, retried later: " + e.getMessage());
                queue.failed(ids, now);
                break;
            }
            queue.forwarded(ids, now);
            forwarded += ids.size();
        }
        return forwarded;
    }
}
