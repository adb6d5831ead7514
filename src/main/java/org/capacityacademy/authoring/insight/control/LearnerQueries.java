package org.capacityacademy.authoring.insight.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.capacityacademy.assessment.entity.AttemptState;
import org.capacityacademy.platform.control.Where;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The learners of one course with their progress, counted and paged in the database: one query
 * finds a page of active enrolments (filtered by name or e-mail, cohort and status, ordered by
 * name), then two GROUP BY queries over that page's enrolments alone give the lessons done and
 * each quiz's best score. Every value is a parameter, never concatenated.
 */
public class LearnerQueries {

    private static final String STARTED = "(e.completions IS NOT EMPTY OR EXISTS (SELECT t.id FROM Attempt t "
            + "WHERE t.accountId = e.accountId AND t.courseId = e.courseId))";

    private final EntityManager em;

    public LearnerQueries(EntityManager em) {
        this.em = em;
    }

    public List<LearnerProgress> page(long courseId, LearnerFilter filter, int first, int max) {
        List<Object[]> rows = query(courseId, filter, "SELECT e.id, a.id, a.profile.fullName, a.email, a.erasedAt, "
                + "a.profile.countryCode, e.enrolledAt, e.completedAt", " ORDER BY a.profile.fullName, a.id", Object[].class)
                .setFirstResult(first).setMaxResults(max).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> enrolments = rows.stream().map(row -> (Long) row[0]).toList();
        List<Long> accounts = rows.stream().map(row -> (Long) row[1]).toList();
        Map<Long, long[]> lessons = lessonsDone(enrolments);
        Map<Long, Map<String, QuizResult>> quizzes = new HashMap<>();
        Map<Long, Long> attempts = new HashMap<>();
        quizResults(courseId, accounts, quizzes, attempts);
        List<LearnerProgress> page = new ArrayList<>();
        for (Object[] row : rows) {
            long enrolment = (Long) row[0];
            long account = (Long) row[1];
            boolean erased = row[4] != null;
            long[] done = lessons.getOrDefault(enrolment, new long[2]);
            page.add(new LearnerProgress(account, erased ? null : (String) row[2], erased ? null : (String) row[3], erased,
                    (String) row[5], (Instant) row[6], done[0], quizzes.getOrDefault(account, Map.of()),
                    done[1] > 0 || attempts.getOrDefault(account, 0L) > 0, (Instant) row[7]));
        }
        return page;
    }

    public long count(long courseId, LearnerFilter filter) {
        return query(courseId, filter, "SELECT COUNT(e)", "", Long.class).getSingleResult();
    }

    /** The required lessons in use in the course. */
    public long requiredLessons(long courseId) {
        return em.createQuery("SELECT COUNT(l) FROM Lesson l WHERE l.courseId = :course AND l.retired = FALSE "
                + "AND l.optional = FALSE", Long.class).setParameter("course", courseId).getSingleResult();
    }

    /** The cohorts with a member enrolled in the course, by name: id and name. */
    public List<Object[]> cohorts(long courseId) {
        return em.createQuery("SELECT DISTINCT c.id, c.name FROM Cohort c, CohortMember m, Enrolment e "
                        + "WHERE m.cohortId = c.id AND e.accountId = m.accountId AND e.courseId = :course AND e.unenrolledAt IS NULL "
                        + "ORDER BY c.name", Object[].class)
                .setParameter("course", courseId).getResultList();
    }

    private <T> TypedQuery<T> query(long courseId, LearnerFilter filter, String select, String order, Class<T> type) {
        Where where = new Where("FROM Enrolment e, Account a")
                .condition("a.id = e.accountId AND e.courseId = :course AND e.unenrolledAt IS NULL", Map.of("course", courseId))
                .fromDay("e.enrolledAt", "from", filter.from())
                .untilDay("e.enrolledAt", "to", filter.to());
        if (filter.text() != null && !filter.text().isBlank()) {
            where.condition("LOWER(a.email) LIKE :text OR LOWER(a.profile.fullName) LIKE :text",
                    Map.of("text", Where.likePattern(filter.text())));
        }
        if (filter.cohort() != null) {
            where.condition("EXISTS (SELECT m.accountId FROM CohortMember m WHERE m.cohortId = :cohort AND m.accountId = e.accountId)",
                    Map.of("cohort", filter.cohort()));
        }
        if (filter.status() != null) {
            where.condition(switch (filter.status()) {
                case COMPLETED -> "e.completedAt IS NOT NULL";
                case IN_PROGRESS -> "e.completedAt IS NULL AND " + STARTED;
                case NOT_STARTED -> "e.completedAt IS NULL AND NOT " + STARTED;
            }, Map.of());
        }
        return where.query(em, select, order, type);
    }

    /** By enrolment: the required lessons in use completed, and every lesson completed. */
    private Map<Long, long[]> lessonsDone(List<Long> enrolments) {
        Query query = em.createNativeQuery("SELECT lc.enrolment_id, "
                + "SUM(CASE WHEN l.retired = FALSE AND l.optional = FALSE THEN 1 ELSE 0 END), COUNT(*) "
                + "FROM lesson_completion lc JOIN lesson l ON l.id = lc.lesson_id "
                + "WHERE lc.enrolment_id IN (" + placeholders(1, enrolments.size()) + ") GROUP BY lc.enrolment_id");
        for (int i = 0; i < enrolments.size(); i++) {
            query.setParameter(i + 1, enrolments.get(i));
        }
        Map<Long, long[]> done = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            done.put(number(cells[0]), new long[] {number(cells[1]), number(cells[2])});
        }
        return done;
    }

    /** By account and quiz: the best submitted score and whether one passed; and every attempt started, by account. */
    private void quizResults(long courseId, List<Long> accounts, Map<Long, Map<String, QuizResult>> results,
                             Map<Long, Long> attempts) {
        Query query = em.createNativeQuery("SELECT account_id, quiz_code, "
                + "MAX(CASE WHEN state = ?1 THEN score END), "
                + "MAX(CASE WHEN state = ?1 AND passed = TRUE THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN state = ?1 THEN 1 ELSE 0 END), COUNT(*) "
                + "FROM quiz_attempt WHERE course_id = ?2 AND account_id IN (" + placeholders(3, accounts.size()) + ") "
                + "GROUP BY account_id, quiz_code");
        query.setParameter(1, AttemptState.SUBMITTED.name());
        query.setParameter(2, courseId);
        for (int i = 0; i < accounts.size(); i++) {
            query.setParameter(i + 3, accounts.get(i));
        }
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            long account = number(cells[0]);
            attempts.merge(account, number(cells[5]), Long::sum);
            long submitted = number(cells[4]);
            if (submitted > 0) {
                results.computeIfAbsent(account, a -> new HashMap<>()).put((String) cells[1],
                        new QuizResult(score(cells[2]), number(cells[3]) > 0, submitted));
            }
        }
    }

    private static String placeholders(int firstIndex, int count) {
        return java.util.stream.IntStream.range(firstIndex, firstIndex + count).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(","));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal score(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal score = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return score.setScale(2, RoundingMode.HALF_UP);
    }
}
