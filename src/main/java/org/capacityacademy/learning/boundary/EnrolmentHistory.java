package org.capacityacademy.learning.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.PartNames;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A person's enrolments, current and past, as administrators see them on the person's page. */
@Stateless
public class EnrolmentHistory {

    /** More than anyone takes; the page says when the list is cut. */
    public static final int LIMIT = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    /** One enrolment: the course's title in the asked language (or the course's own), and its dates. */
    public record Line(String courseCode, String title, String titleLanguage, boolean active, Instant enrolledAt,
                       Instant completedAt) {
    }

    /** Newest first; course titles come from the catalogue's shared cache. */
    public List<Line> of(long accountId, String language) {
        return em.createQuery("SELECT e.courseId, e.active, e.enrolledAt, e.completedAt FROM Enrolment e "
                        + "WHERE e.accountId = :account ORDER BY e.enrolledAt DESC, e.id DESC", Object[].class)
                .setParameter("account", accountId).setMaxResults(LIMIT).getResultList().stream()
                .map(row -> line((Long) row[0], (Boolean) row[1], (Instant) row[2], (Instant) row[3], language)).toList();
    }

    private Line line(long courseId, boolean active, Instant enrolledAt, Instant completedAt, String language) {
        PartNames names = catalog.courseNames(courseId).orElse(new PartNames(String.valueOf(courseId), Map.of()));
        String titleLanguage = names.titles().containsKey(language) ? language
                : names.titles().keySet().stream().sorted().findFirst().orElse(language);
        return new Line(names.code(), names.titles().getOrDefault(titleLanguage, names.code()), titleLanguage, active,
                enrolledAt, completedAt);
    }
}
