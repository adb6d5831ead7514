package org.capacityacademy.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The conditions of a search page's JPQL query, each added only when its filter is filled in,
 * with its value as a parameter (never concatenated): equal, contains (case-insensitive) and
 * days in UTC.
 */
public final class Where {

    private final StringBuilder conditions = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String from;

    /** @param from e.g. {@code "FROM AuditEntry a"} */
    public Where(String from) {
        this.from = from;
    }

    public Where equal(String path, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            add(path + " = :" + name, name, value instanceof String text ? text.strip() : value);
        }
        return this;
    }

    /** The path's text contains the given text, ignoring case; LIKE's own characters (%, _ and the escape \\) are dropped from it. */
    public Where contains(String path, String name, String text) {
        if (text != null && !text.isBlank()) {
            add("LOWER(" + path + ") LIKE :" + name, name, likePattern(text));
        }
        return this;
    }

    /** The moment falls on or after the start of the day (UTC). */
    public Where fromDay(String path, String name, LocalDate day) {
        if (day != null) {
            add(path + " >= :" + name, name, day.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return this;
    }

    /** The moment falls before the end of the day (UTC). */
    public Where untilDay(String path, String name, LocalDate day) {
        if (day != null) {
            add(path + " < :" + name, name, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return this;
    }

    /** A condition of its own, with its parameters (e.g. an OR of two). */
    public Where condition(String condition, Map<String, Object> values) {
        conditions.append(" AND (").append(condition).append(')');
        parameters.putAll(values);
        return this;
    }

    public static String likePattern(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "").replace("%", "").replace("_", "");
        return "%" + plain + "%";
    }

    public <T> TypedQuery<T> query(EntityManager em, String select, String order, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + " " + from + " WHERE 1 = 1" + conditions + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private void add(String condition, String name, Object value) {
        conditions.append(" AND ").append(condition);
        parameters.put(name, value);
    }
}
