package org.capacityacademy.tracking.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.tracking.control.Cursor;
import org.capacityacademy.tracking.control.StatementJson;
import org.capacityacademy.tracking.control.StatementQuery;
import org.capacityacademy.tracking.entity.Statement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the stored statements: for authorised clients by the xAPI filters, for learners their
 * own. A client's reading first has every committed statement stored, then reads only what was
 * stored by then ({@link StoredTimes}): what it is told is consistent is exactly what it got.
 * Reads outside a transaction, so that each query sees what the step before it committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Statements {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    StoredTimes storedTimes;

    /**
     * One page of statements, as served, in the query's order.
     *
     * @param next              where the following page starts, or null when this is the last
     * @param consistentThrough every statement stored at or before it is visible, and those of
     *                          them that match are in this page or the pages that follow it
     * @param lastModified      the latest stored time among the page's statements; null when it has none
     */
    public record StatementPage(List<String> statements, Cursor next, Instant consistentThrough, Instant lastModified) {
    }

    /** One statement as served, when there is one, and the time the answer is consistent through. */
    public record OneStatement(Optional<String> statement, Instant stored, Instant consistentThrough) {
    }

    public OneStatement find(UUID statementId) {
        Instant consistentThrough = catchUp();
        Optional<Statement> found = em.createNamedQuery(Statement.FIND_BY_STATEMENT_ID, Statement.class)
                .setParameter("id", statementId.toString()).getResultStream().findFirst();
        return new OneStatement(found.map(Statements::served), found.map(Statement::getStored).orElse(null),
                consistentThrough);
    }

    /** The time every statement stored then or before is visible, without storing anything (for answers that read none). */
    public Instant consistentThrough() {
        return storedTimes.consistentThrough();
    }

    public StatementPage find(StatementQuery query) {
        // the first page fixes the reading's Consistent-Through; the following ones keep it
        Instant consistentThrough = query.after() == null ? catchUp() : query.after().consistentThrough();
        if (query.nobody()) {
            return new StatementPage(List.of(), null, consistentThrough, null);
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        condition(conditions, parameters, query.accountId(), "s.accountId = :account", "account");
        condition(conditions, parameters, query.verb(), "s.verbId = :verb", "verb");
        condition(conditions, parameters, query.activity(), query.relatedActivities()
                ? "(s.activityId = :activity OR s.parentActivityId = :activity)" : "s.activityId = :activity", "activity");
        condition(conditions, parameters, query.registration(), "s.registration = :registration", "registration");
        condition(conditions, parameters, query.since(), "s.stored > :since", "since");
        condition(conditions, parameters, query.until(), "s.stored <= :until", "until");
        condition(conditions, parameters, consistentThrough, "s.stored <= :consistentThrough", "consistentThrough");
        String direction = query.ascending() ? "ASC" : "DESC";
        if (query.after() != null) {
            String after = query.ascending() ? ">" : "<";
            conditions.add("(s.stored " + after + " :cursorStored OR (s.stored = :cursorStored AND s.id " + after + " :cursorId))");
            parameters.put("cursorStored", query.after().stored());
            parameters.put("cursorId", query.after().id());
        }
        TypedQuery<Statement> jpql = em.createQuery("SELECT s FROM Statement s WHERE " + String.join(" AND ", conditions)
                + " ORDER BY s.stored " + direction + ", s.id " + direction, Statement.class);
        parameters.forEach(jpql::setParameter);
        List<Statement> found = jpql.setMaxResults(query.limit() + 1).getResultList();
        List<Statement> page = found.subList(0, Math.min(found.size(), query.limit()));
        Statement last = page.isEmpty() ? null : page.get(page.size() - 1);
        Cursor next = found.size() > query.limit() ? new Cursor(consistentThrough, last.getStored(), last.getId()) : null;
        Instant lastModified = page.stream().map(Statement::getStored).max(Instant::compareTo).orElse(null);
        return new StatementPage(page.stream().map(Statements::served).toList(), next, consistentThrough, lastModified);
    }

    /** The person's own statements, newest first, stored or not yet; one more than asked shows whether there are older ones. */
    public List<String> historyOf(String email, int first, int max) {
        return accounts.findByEmail(email).map(account -> em.createNamedQuery(Statement.FIND_OF_ACCOUNT, Statement.class)
                        .setParameter("account", account.getId()).setFirstResult(first).setMaxResults(max)
                        .getResultStream().map(Statement::getJson).toList())
                .orElse(List.of());
    }

    /** Every committed statement stored, and nothing stored later at or before the time returned. */
    private Instant catchUp() {
        try {
            return storedTimes.catchUp();
        } catch (RuntimeException e) {
            // the clock's lock was not had in time: what was promised before still holds
            return storedTimes.consistentThrough();
        }
    }

    private static String served(Statement statement) {
        return StatementJson.served(statement.getJson(), statement.getStored()).toString();
    }

    private static void condition(List<String> conditions, Map<String, Object> parameters, Object value,
                                  String condition, String name) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
