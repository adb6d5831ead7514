package org.capacityacademy.credential.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.credential.entity.CompletionRecord;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The administrators' registry of completion records: found by name, code, course, country and date of issue, a page at a time. */
@Stateless
public class RecordRegistry {

    @PersistenceContext
    EntityManager em;

    /** What to look for; blank fields do not filter. Dates are days of issue in UTC, both included. */
    public record Filter(String name, String code, String course, String country, LocalDate from, LocalDate to) {
    }

    public List<CompletionRecord> search(Filter filter, int first, int max) {
        return query(filter, "SELECT r", " ORDER BY r.issuedAt DESC, r.id DESC", CompletionRecord.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter) {
        return query(filter, "SELECT COUNT(r)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" FROM CompletionRecord r WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!blank(filter.name())) {
            where.append(" AND LOWER(r.learnerName) LIKE :name");
            parameters.put("name", "%" + filter.name().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (!blank(filter.code())) {
            where.append(" AND r.code = :code");
            parameters.put("code", VerificationCode.normalise(filter.code()).orElse("-"));
        }
        if (!blank(filter.course())) {
            where.append(" AND r.courseCode = :course");
            parameters.put("course", filter.course().strip());
        }
        if (!blank(filter.country())) {
            where.append(" AND r.countryCode = :country");
            parameters.put("country", filter.country().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            where.append(" AND r.issuedAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (filter.to() != null) {
            where.append(" AND r.issuedAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
