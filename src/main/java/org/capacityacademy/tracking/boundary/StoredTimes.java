package org.capacityacademy.tracking.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.tracking.entity.Statement;
import org.capacityacademy.tracking.entity.StoredClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Gives committed statements their stored time, in one ordered step per transaction of its own
 * that holds the {@link StoredClock}'s lock: the step sees every statement committed before it
 * took the lock, gives each a time later than any before, and commits before the next step may
 * begin. Statements still being recorded are not seen; they wait for a later step and a later
 * time. Runs after each recording transaction has committed ({@link StoredTimesAfterCommit}),
 * before every read of the Statements resource and every forwarding run, and every 30 seconds
 * (whatever a node that died between a commit and its step left waiting).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StoredTimes {

    /** Statements stored per step; more wait for the next one. */
    static final int STEP = 500;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Stores whatever is waiting, if anything; the time readers may be told is consistent. */
    public Instant storeWaiting() {
        if (em.createNamedQuery(Statement.WAITING_IDS, Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return consistentThrough();
        }
        return step(false);
    }

    /** For a reader: stores whatever is waiting and promises that nothing stored later is stored at or before now. */
    public Instant catchUp() {
        return step(true);
    }

    /** The latest time for which every statement stored then or before is visible; reads only. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Instant consistentThrough() {
        return em.createQuery("SELECT c.consistentThrough FROM StoredClock c WHERE c.id = :id", Instant.class)
                .setParameter("id", StoredClock.ID).getSingleResult();
    }

    private Instant step(boolean toNow) {
        StoredClock stored = em.find(StoredClock.class, StoredClock.ID, LockModeType.PESSIMISTIC_WRITE);
        // statements written around the clock (the data generator, an import) still come first
        em.createNamedQuery(Statement.NEWEST_STORED, Instant.class).setMaxResults(1).getResultStream().findFirst()
                .ifPresent(stored::catchUp);
        // ids only, and one batch of updates: the statements' JSON is neither read nor built into objects
        List<Long> waiting = em.createNamedQuery(Statement.WAITING_IDS, Long.class).setMaxResults(STEP).getResultList();
        if (!waiting.isEmpty()) {
            try (PreparedStatement update = em.unwrap(Connection.class)
                    .prepareStatement("UPDATE xapi_statement SET stored_at = ? WHERE id = ? AND stored_at IS NULL")) {
                for (Long id : waiting) {
                    update.setObject(1, stored.nextStored(clock.instant()).atOffset(ZoneOffset.UTC));
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("statements could not be given their stored time", e);
            }
        }
        return toNow ? stored.catchUp(clock.instant()) : stored.getConsistentThrough();
    }
}
