package org.capacityacademy.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.platform.control.Where;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * People found by what administrators know of them: name or e-mail, country, type of
 * organisation, role, status, official verification and day of registration. Counted and paged
 * in the database.
 */
@Stateless
public class AccountDirectory {

    @PersistenceContext
    EntityManager em;

    /**
     * What to look for; null (or blank) fields do not filter. {@code active} false finds the
     * deactivated accounts; days of registration are UTC days, both included.
     */
    public record Filter(String text, String country, OrganisationType organisationType, Role role, Boolean active,
                         Boolean verifiedOfficial, LocalDate from, LocalDate to) {

        public static Filter text(String text) {
            return new Filter(text, null, null, null, null, null, null, null);
        }
    }

    public List<Account> search(Filter filter, int first, int max) {
        return query(filter, "SELECT a", " ORDER BY a.profile.fullName, a.id", Account.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter) {
        return query(filter, "SELECT COUNT(a)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        Where where = new Where("FROM Account a")
                .equal("a.profile.countryCode", "country", filter.country() == null ? null : filter.country().toUpperCase(Locale.ROOT))
                .equal("a.profile.organisationType", "organisationType", filter.organisationType())
                .fromDay("a.createdAt", "from", filter.from())
                .untilDay("a.createdAt", "to", filter.to());
        if (filter.text() != null && !filter.text().isBlank()) {
            where.condition("LOWER(a.email) LIKE :text OR LOWER(a.profile.fullName) LIKE :text",
                    Map.of("text", Where.likePattern(filter.text())));
        }
        if (filter.role() != null) {
            where.condition(":role MEMBER OF a.roles", Map.of("role", filter.role()));
        }
        if (filter.active() != null) {
            // not the boolean: with LOWER(...) in the query EclipseLink inlines its values, a boolean as 1, which H2 2.x refuses
            where.condition(filter.active() ? "a.deactivatedAt IS NULL" : "a.deactivatedAt IS NOT NULL", Map.of());
        }
        if (filter.verifiedOfficial() != null) {
            where.condition(filter.verifiedOfficial() ? "a.verifiedOfficialAt IS NOT NULL" : "a.verifiedOfficialAt IS NULL", Map.of());
        }
        return where.query(em, select, order, type);
    }
}
