package org.capacityacademy.administration.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.boundary.RoleChanged;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.administration.entity.AuditEntry;
import org.capacityacademy.platform.control.Where;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes who did what and when, in the transaction of the action itself: an action that is
 * rolled back leaves no line, and no action is done without its line. Administrators read it
 * filtered by action, person and date.
 */
@Stateless
public class AuditLog {

    /** Every action the log knows, for the filter. */
    public static final List<String> ACTIONS = List.of("grant-role", "revoke-role", "issue-record", "reissue-record",
            "revoke-record", "deactivate", "reactivate", "verify-official", "unverify-official",
            "reset-password", "import", "create-cohort", "change-cohort", "add-cohort-member", "remove-cohort-member",
            "enrol-cohort", "erase-account", "start-course", "publish-course", "add-author", "remove-author",
            "provider-sign-in", "link-identity", "add-identity-provider", "change-identity-provider", "passwords-off", "passwords-on",
            "register-lti-platform", "change-lti-platform");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AccountService accounts;

    Clock clock = Clock.systemUTC();

    /** What to look for; blank fields do not filter. Dates are UTC days, both included. */
    public record Filter(String action, String actor, String subject, LocalDate from, LocalDate to) {
    }

    public void record(Account actor, String action, String subjectType, String subjectId, String details) {
        em.persist(new AuditEntry(clock.instant(), actor == null ? null : actor.getId(),
                actor == null ? null : actor.getEmail(), action, subjectType, subjectId, details));
    }

    /** A role granted or removed, by the person signed in (none when the platform itself did it, e.g. the first administrator). */
    public void roleChanged(@Observes RoleChanged change) {
        record(caller(), change.granted() ? "grant-role" : "revoke-role", "account", String.valueOf(change.accountId()),
                change.email() + ": " + change.role().name());
    }

    private Account caller() {
        Principal principal = context.getCallerPrincipal();
        return principal == null ? null : accounts.findByEmail(principal.getName()).orElse(null);
    }

    /** Everything done to one subject (e.g. a completion record), oldest first. */
    public List<AuditEntry> of(String subjectType, String subjectId) {
        return em.createNamedQuery(AuditEntry.FIND_OF_SUBJECT, AuditEntry.class).setParameter("type", subjectType)
                .setParameter("id", subjectId).getResultList();
    }

    public List<AuditEntry> search(Filter filter, int first, int max) {
        return query(filter, "SELECT a", " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter) {
        return query(filter, "SELECT COUNT(a)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        Where where = new Where("FROM AuditEntry a")
                .equal("a.action", "action", filter.action() != null && ACTIONS.contains(filter.action()) ? filter.action() : null)
                .contains("a.actorEmail", "actor", filter.actor())
                .fromDay("a.occurredAt", "from", filter.from())
                .untilDay("a.occurredAt", "to", filter.to());
        if (filter.subject() != null && !filter.subject().isBlank()) {
            where.condition("a.subjectId = :subject OR LOWER(a.details) LIKE :details",
                    Map.of("subject", filter.subject().strip(), "details", Where.likePattern(filter.subject())));
        }
        return where.query(em, select, order, type);
    }
}
