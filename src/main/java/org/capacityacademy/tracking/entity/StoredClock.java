package org.capacityacademy.tracking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one row that orders stored times, in the database so that every node of a cluster
 * shares it. Whoever gives statements their stored time holds this row's lock until their
 * transaction commits; each stored time is later than any given or promised before, to the
 * millisecond (the precision xAPI keeps), so no two statements share one. A statement therefore
 * becomes visible only after every statement stored before it, and a reader that continues
 * after the last stored time it saw misses none.
 *
 * <p>{@code consistentThrough} is the latest time promised: every statement stored at or before
 * it is visible, every later one will be stored after it. Readers are told it as
 * {@code X-Experience-API-Consistent-Through}.
 */
@Entity
@Table(name = "xapi_stored_clock")
public class StoredClock {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "consistent_through")
    private Instant consistentThrough;

    protected StoredClock() {
    }

    public StoredClock(Instant consistentThrough) {
        this.id = ID;
        this.consistentThrough = consistentThrough;
    }

    /** The next statement's stored time: now, or a millisecond after the latest time given, whichever is later. */
    public Instant nextStored(Instant now) {
        Instant next = now.truncatedTo(ChronoUnit.MILLIS);
        Instant after = consistentThrough.plusMillis(1);
        consistentThrough = next.isAfter(after) ? next : after;
        return consistentThrough;
    }

    /** Promises that nothing stored from now on is stored at or before {@code time} (a time taken under the lock). */
    public Instant catchUp(Instant time) {
        Instant truncated = time.truncatedTo(ChronoUnit.MILLIS);
        if (truncated.isAfter(consistentThrough)) {
            consistentThrough = truncated;
        }
        return consistentThrough;
    }

    public Instant getConsistentThrough() {
        return consistentThrough;
    }
}
