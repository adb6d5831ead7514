package org.capacityacademy.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.capacityacademy.account.boundary.AccountErased;

import java.io.Serializable;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether a signed-in session must ask the database again that its account is still active with
 * the roles it signed in with, so that the check costs a query per session every {@link #RECHECK}
 * at most, not one per request.
 *
 * <p>The sessions of an account deactivated, erased, or given or refused a role end at their next
 * request on the node that made the change (every session of this node asks again once after any
 * such change committed here), and on the other nodes of a cluster at their first request more
 * than {@link #RECHECK} after their last check: so within {@code RECHECK} of the change. A session
 * that moves to another node asks again at once there.
 */
@ApplicationScoped
public class SignedInSessions {

    /** The longest a deactivated account's session, or one with changed roles, lives on another node of a cluster. */
    public static final Duration RECHECK = Duration.ofSeconds(10);

    private final String node = UUID.randomUUID().toString();
    private final AtomicLong changes = new AtomicLong();

    /** What a session remembers of its last check (kept in the session, so it must be small and serializable). */
    public record Checked(String email, String node, long changes, long atMillis) implements Serializable {

        /** Still good: same person, same node, no deactivation or role change here since, and asked less than {@link #RECHECK} ago. */
        public boolean stillGood(String email, String node, long changes, long nowMillis) {
            long age = nowMillis - atMillis;
            return this.email.equals(email) && this.node.equals(node) && this.changes == changes
                    && age >= 0 && age < RECHECK.toMillis();
        }
    }

    /** The mark to keep in the session after asking the database; taken BEFORE asking it, so no change is missed. */
    public Checked checking(String email, long nowMillis) {
        return new Checked(email, node, changes.get(), nowMillis);
    }

    /** True when the session's last check still holds and the database need not be asked. */
    public boolean stillGood(Object checked, String email, long nowMillis) {
        return checked instanceof Checked last && last.stillGood(email, node, changes.get(), nowMillis);
    }

    void deactivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountDeactivated deactivated) {
        changes.incrementAndGet();
    }

    void erased(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountErased erased) {
        changes.incrementAndGet();
    }

    void roleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoleChanged changed) {
        changes.incrementAndGet();
    }
}
