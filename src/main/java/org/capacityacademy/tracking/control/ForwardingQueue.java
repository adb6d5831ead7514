package org.capacityacademy.tracking.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.tracking.entity.ForwardingProgress;
import org.capacityacademy.tracking.entity.Statement;

import java.time.Instant;
import java.util.List;

/**
 * The statements waiting to be forwarded: those stored after the last one the store took, in
 * stored order, read like an LRS client reading {@code since} (what becomes visible later is
 * always stored later, so nothing is skipped). Its position is kept in the database, so the
 * queue survives restarts and is shared by the nodes of a cluster.
 */
@Stateless
public class ForwardingQueue {

    /** A statement due to be forwarded, as served. */
    public record Pending(long id, Instant stored, String json) {
    }

    @PersistenceContext
    EntityManager em;

    /** The next statements in stored order, unless the queue waits after a failure. */
    public List<Pending> due(Instant now, int max) {
        ForwardingProgress progress = progress();
        if (!progress.isDue(now)) {
            return List.of();
        }
        return em.createNamedQuery(Statement.FIND_AFTER, Statement.class)
                .setParameter("stored", progress.getForwardedStored()).setParameter("id", progress.getForwardedId())
                .setMaxResults(max).getResultStream()
                .map(s -> new Pending(s.getId(), s.getStored(), StatementJson.served(s.getJson(), s.getStored()).toString()))
                .toList();
    }

    /** The store took every statement up to and including this one. */
    public void forwarded(Pending last) {
        locked().forwardedThrough(last.stored(), last.id());
    }

    /** The store was down or refused: the whole queue waits, longer after each failure. */
    public void failed(Instant now) {
        locked().failed(now);
    }

    public ForwardingProgress progress() {
        return em.find(ForwardingProgress.class, ForwardingProgress.ID);
    }

    private ForwardingProgress locked() {
        return em.find(ForwardingProgress.class, ForwardingProgress.ID, LockModeType.PESSIMISTIC_WRITE);
    }
}
