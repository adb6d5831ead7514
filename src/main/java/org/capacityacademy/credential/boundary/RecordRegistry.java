package org.capacityacademy.credential.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.platform.control.Where;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
        boolean codeGiven = filter.code() != null && !filter.code().isBlank();
        return new Where("FROM CompletionRecord r")
                .contains("r.learnerName", "name", filter.name())
                .equal("r.code", "code", codeGiven ? VerificationCode.normalise(filter.code()).orElse("-") : null)
                .equal("r.courseCode", "course", filter.course())
                .equal("r.countryCode", "country", filter.country() == null ? null : filter.country().toUpperCase(Locale.ROOT))
                .fromDay("r.issuedAt", "from", filter.from())
                .untilDay("r.issuedAt", "to", filter.to())
                .query(em, select, order, type);
    }
}
