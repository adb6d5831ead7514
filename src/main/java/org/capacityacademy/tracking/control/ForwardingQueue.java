package org.capacityacademy.tracking.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.tracking.entity.Statement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The statements waiting to be forwarded: the statement table itself, so the queue survives restarts. */
@Stateless
public class ForwardingQueue {

    /** A statement due to be forwarded. */
    public record Pending(long id, String json) {
    }

    @PersistenceContext
    EntityManager em;

    public List<Pending> due(Instant now, int max) {
        return em.createNamedQuery(Statement.FIND_PENDING, Statement.class).setParameter("now", now)
                .setMaxResults(max).getResultStream().map(s -> new Pending(s.getId(), s.getJson())).toList();
    }

    public void forwarded(List<Long> ids, Instant now) {
        statements(ids).forEach(s -> s.forwarded(now));
    }

    public void failed(List<Long> ids, Instant now) {
        statements(ids).forEach(s -> s.forwardFailed(now));
    }

    /** Where a statement stands in the queue (attempts, next attempt, when forwarded). */
    public Optional<Statement> find(String statementId) {
        return em.createNamedQuery(Statement.FIND_BY_STATEMENT_ID, Statement.class).setParameter("id", statementId)
                .getResultStream().findFirst();
    }

    private List<Statement> statements(List<Long> ids) {
        return em.createQuery("SELECT s FROM Statement s WHERE s.id IN :ids", Statement.class)
                .setParameter("ids", ids).getResultList();
    }
}
