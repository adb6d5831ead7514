package org.capacityacademy.administration.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.administration.entity.AuditEntry;

import java.time.Clock;
import java.util.List;

/**
 * Writes who did what and when, in the transaction of the action itself: an action that is
 * rolled back leaves no line, and no action is done without its line.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public void record(Account actor, String action, String subjectType, String subjectId, String details) {
        em.persist(new AuditEntry(clock.instant(), actor == null ? null : actor.getId(),
                actor == null ? null : actor.getEmail(), action, subjectType, subjectId, details));
    }

    /** Everything done to one subject (e.g. a completion record), oldest first. */
    public List<AuditEntry> of(String subjectType, String subjectId) {
        return em.createNamedQuery(AuditEntry.FIND_OF_SUBJECT, AuditEntry.class).setParameter("type", subjectType)
                .setParameter("id", subjectId).getResultList();
    }
}
