package org.capacityacademy.tracking.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.tracking.control.Cursor;
import org.capacityacademy.tracking.control.StatementQuery;
import org.capacityacademy.tracking.entity.Statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the stored statements: for authorised clients by the xAPI filters, for learners their own. */
@Stateless
public class Statements {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    /**
     * One page of statements, as JSON, in the database's order.
     *
     * @param next where the following page starts, or null when this is the last
     */
    public record StatementPage(List<String> statements, Cursor next) {
    }

    public Optional<String> find(UUID statementId) {
        return em.createNamedQuery(Statement.FIND_BY_STATEMENT_ID, Statement.class)
                .setParameter("id", statementId.toString()).getResultStream().findFirst().map(Statement::getJson);
    }

    public StatementPage find(StatementQuery query) {
        if (query.nobody()) {
            return new StatementPage(List.of(), null);
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
        String direction = query.ascending() ? "ASC" : "DESC";
        if (query.after() != null) {
            String after = query.ascending() ? ">" : "<";
            conditions.add("(s.stored " + after + " :cursorStored OR (s.stored = :cursorStored AND s.id " + after + " :cursorId))");
            parameters.put("cursorStored", query.after().stored());
            parameters.put("cursorId", query.after().id());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Statement> jpql = em.createQuery("SELECT s FROM Statement s" + where
                + " ORDER BY s.stored " + direction + ", s.id " + direction, Statement.class);
        parameters.forEach(jpql::setParameter);
        List<Statement> found = jpql.setMaxResults(query.limit() + 1).getResultList();
        List<Statement> page = found.subList(0, Math.min(found.size(), query.limit()));
        Cursor next = found.size() > query.limit()
                ? new Cursor(page.get(page.size() - 1).getStored(), page.get(page.size() - 1).getId()) : null;
        return new StatementPage(page.stream().map(Statement::getJson).toList(), next);
    }

    /** The person's own statements, newest first; one more than asked shows whether there are older ones. */
    public List<String> historyOf(String email, int first, int max) {
        return accounts.findByEmail(email).map(account -> em.createNamedQuery(Statement.FIND_OF_ACCOUNT, Statement.class)
                        .setParameter("account", account.getId()).setFirstResult(first).setMaxResults(max)
                        .getResultStream().map(Statement::getJson).toList())
                .orElse(List.of());
    }

    private static void condition(List<String> conditions, Map<String, Object> parameters, Object value,
                                  String condition, String name) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
