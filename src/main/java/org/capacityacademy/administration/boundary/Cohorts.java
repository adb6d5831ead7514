package org.capacityacademy.administration.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.administration.entity.Cohort;
import org.capacityacademy.administration.entity.CohortCourse;
import org.capacityacademy.administration.entity.CohortMember;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.learning.boundary.Learning;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cohorts and what administrators do with them: create and rename them, add and remove
 * members, enrol them in courses. A cohort's members are enrolled in its courses through the
 * learning component's enrolment by an administrator, once each: a member enrolled already
 * stays as they are, and a person added later is enrolled in the cohort's courses at once.
 * Removing a member keeps their enrolments (their progress is theirs). Every change is in the
 * audit log, in the same transaction.
 */
@Stateless
public class Cohorts {

    static final String AUDIT_SUBJECT = "cohort";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Learning learning;

    @Inject
    Catalog catalog;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** A cohort in the list: its size and number of courses, counted by the database. */
    public record CohortSummary(long id, String name, String description, long members, long courses) implements Serializable {
    }

    /** A person in a cohort, as the cohort's page shows them. */
    public record MemberView(long accountId, String fullName, String email, String countryCode) implements Serializable {
    }

    /** A course of a cohort, with how many of its members are enrolled in it and have completed it. */
    public record CourseOfCohort(long courseId, String code, String title, long enrolled, long completed) implements Serializable {
    }

    public List<CohortSummary> all() {
        return em.createQuery("SELECT c.id, c.name, c.description, "
                        + "(SELECT COUNT(m) FROM CohortMember m WHERE m.cohortId = c.id), "
                        + "(SELECT COUNT(k) FROM CohortCourse k WHERE k.cohortId = c.id) "
                        + "FROM Cohort c ORDER BY c.name", Object[].class).getResultStream()
                .map(row -> new CohortSummary((Long) row[0], (String) row[1], (String) row[2],
                        ((Number) row[3]).longValue(), ((Number) row[4]).longValue())).toList();
    }

    public Optional<Cohort> find(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id));
    }

    public Optional<Cohort> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Cohort.FIND_BY_NAME, Cohort.class).setParameter("key", Cohort.key(name))
                .getResultStream().findFirst();
    }

    public Cohort create(String administratorEmail, String name, String description) {
        return create(accounts.getByEmail(administratorEmail), name, description);
    }

    /** Creates a cohort for an administrator already looked up (the bulk import). */
    public Cohort create(Account administrator, String name, String description) {
        checkName(name, null);
        checkDescription(description);
        Cohort cohort = new Cohort(name, description, clock.instant(), administrator.getId());
        em.persist(cohort);
        em.flush();
        audit.record(administrator, "create-cohort", AUDIT_SUBJECT, String.valueOf(cohort.getId()), cohort.getName());
        return cohort;
    }

    /** Renames a cohort and changes its description. */
    public void describe(String administratorEmail, long cohortId, String name, String description) {
        Cohort cohort = get(cohortId);
        checkName(name, cohort);
        checkDescription(description);
        String before = cohort.getName();
        cohort.describe(name, description);
        audit.record(accounts.getByEmail(administratorEmail), "change-cohort", AUDIT_SUBJECT, String.valueOf(cohortId),
                before.equals(cohort.getName()) ? cohort.getName() : before + " → " + cohort.getName());
    }

    /** Adds the person with this address and enrols them in the cohort's courses; the number of courses they were enrolled in. */
    public int addMember(String administratorEmail, long cohortId, String email) {
        Account administrator = accounts.getByEmail(administratorEmail);
        Account person = accounts.findByEmail(email).orElseThrow(() -> new CohortException("cohort.unknownPerson", email.strip()));
        Cohort cohort = get(cohortId);
        if (isMember(cohortId, person.getId())) {
            throw new CohortException("cohort.alreadyMember", person.getEmail());
        }
        audit.record(administrator, "add-cohort-member", AUDIT_SUBJECT, String.valueOf(cohortId),
                cohort.getName() + ": " + person.getEmail());
        return join(administrator, cohort, person);
    }

    /**
     * Makes the person a member (if they are not one) and enrols them in the cohort's courses
     * they are not enrolled in; the number of courses they were enrolled in now. The caller
     * writes the audit line (the bulk import writes one for the whole file).
     */
    public int join(Account administrator, Cohort cohort, Account person) {
        if (!isMember(cohort.getId(), person.getId())) {
            em.persist(new CohortMember(cohort.getId(), person.getId(), clock.instant()));
        }
        int enrolled = 0;
        for (Long courseId : courseIds(cohort.getId())) {
            if (!learning.progress(person.getEmail(), courseId).enrolled()) {
                learning.enrolByAdministrator(administrator.getEmail(), person.getId(), courseId);
                enrolled++;
            }
        }
        return enrolled;
    }

    /** Takes a person out of the cohort; their enrolments and progress stay. */
    public void removeMember(String administratorEmail, long cohortId, long accountId) {
        Cohort cohort = get(cohortId);
        CohortMember member = em.find(CohortMember.class, new CohortMember.Key(cohortId, accountId));
        if (member != null) {
            em.remove(member);
            audit.record(accounts.getByEmail(administratorEmail), "remove-cohort-member", AUDIT_SUBJECT,
                    String.valueOf(cohortId), cohort.getName() + ": "
                            + accounts.find(accountId).map(Account::getEmail).orElse(String.valueOf(accountId)));
        }
    }

    /**
     * Enrols the cohort in a course: the course becomes one of the cohort's, and every member
     * not enrolled in it yet is enrolled (once: doing it again enrols nobody twice). The number
     * of members enrolled now.
     */
    public int enrol(String administratorEmail, long cohortId, long courseId) {
        Cohort cohort = get(cohortId);
        if (!catalog.exists(courseId)) {
            throw new CohortException("cohort.unknownCourse");
        }
        if (em.find(CohortCourse.class, new CohortCourse.Key(cohortId, courseId)) == null) {
            em.persist(new CohortCourse(cohortId, courseId, clock.instant()));
        }
        @SuppressWarnings("unchecked")
        List<Number> notEnrolled = em.createNativeQuery("SELECT m.account_id FROM cohort_member m WHERE m.cohort_id = ?1 "
                        + "AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.account_id = m.account_id AND e.course_id = ?2 "
                        + "AND e.active = TRUE) ORDER BY m.account_id")
                .setParameter(1, cohortId).setParameter(2, courseId).getResultList();
        for (Number accountId : notEnrolled) {
            learning.enrolByAdministrator(administratorEmail, accountId.longValue(), courseId);
        }
        audit.record(accounts.getByEmail(administratorEmail), "enrol-cohort", AUDIT_SUBJECT, String.valueOf(cohortId),
                cohort.getName() + ": " + catalog.courseCode(courseId) + " (" + notEnrolled.size() + ")");
        return notEnrolled.size();
    }

    public List<MemberView> members(long cohortId, int first, int max) {
        return em.createQuery("SELECT a FROM Account a, CohortMember m WHERE m.cohortId = :cohort AND m.accountId = a.id "
                        + "ORDER BY a.profile.fullName, a.id", Account.class)
                .setParameter("cohort", cohortId).setFirstResult(first).setMaxResults(max).getResultStream()
                .map(a -> new MemberView(a.getId(), a.getProfile().getFullName(), a.getEmail(), a.getProfile().getCountryCode()))
                .toList();
    }

    public long memberCount(long cohortId) {
        return em.createQuery("SELECT COUNT(m) FROM CohortMember m WHERE m.cohortId = :cohort", Long.class)
                .setParameter("cohort", cohortId).getSingleResult();
    }

    /** The cohort's courses, each with its members enrolled and completed, counted by the database. */
    public List<CourseOfCohort> courses(long cohortId, String language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT cc.course_id, "
                        + "(SELECT COUNT(*) FROM cohort_member m JOIN enrolment e ON e.account_id = m.account_id "
                        + "AND e.course_id = cc.course_id AND e.active = TRUE WHERE m.cohort_id = cc.cohort_id), "
                        + "(SELECT COUNT(*) FROM cohort_member m JOIN enrolment e ON e.account_id = m.account_id "
                        + "AND e.course_id = cc.course_id AND e.completed_at IS NOT NULL WHERE m.cohort_id = cc.cohort_id) "
                        + "FROM cohort_course cc WHERE cc.cohort_id = ?1 ORDER BY cc.added_at, cc.course_id")
                .setParameter(1, cohortId).getResultList();
        return rows.stream().map(row -> {
            long courseId = ((Number) row[0]).longValue();
            var names = catalog.courseNames(courseId);
            String code = names.map(n -> n.code()).orElse("");
            String title = names.map(n -> titleIn(n.titles(), language)).orElse(code);
            return new CourseOfCohort(courseId, code, title, ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
        }).toList();
    }

    private static String titleIn(Map<String, String> titles, String language) {
        return titles.getOrDefault(language, titles.getOrDefault("en", titles.values().stream().findFirst().orElse("")));
    }

    public List<Long> courseIds(long cohortId) {
        return em.createQuery("SELECT k.courseId FROM CohortCourse k WHERE k.cohortId = :cohort ORDER BY k.courseId", Long.class)
                .setParameter("cohort", cohortId).getResultList();
    }

    public boolean isMember(long cohortId, long accountId) {
        return em.find(CohortMember.class, new CohortMember.Key(cohortId, accountId)) != null;
    }

    private Cohort get(long cohortId) {
        return find(cohortId).orElseThrow(() -> new CohortException("cohort.notFound"));
    }

    private static void checkDescription(String description) {
        if (description != null && description.strip().length() > Cohort.DESCRIPTION_LENGTH) {
            throw new CohortException("cohort.descriptionTooLong", Cohort.DESCRIPTION_LENGTH);
        }
    }

    private void checkName(String name, Cohort renamed) {
        if (name == null || name.isBlank()) {
            throw new CohortException("cohort.nameRequired");
        }
        if (name.strip().length() > Cohort.NAME_LENGTH) {
            throw new CohortException("cohort.nameTooLong", Cohort.NAME_LENGTH);
        }
        findByName(name).filter(other -> renamed == null || !other.getId().equals(renamed.getId())).ifPresent(other -> {
            throw new CohortException("cohort.nameTaken", name.strip());
        });
    }
}
