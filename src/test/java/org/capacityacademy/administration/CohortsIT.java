package org.capacityacademy.administration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.administration.boundary.CohortException;
import org.capacityacademy.administration.boundary.Cohorts;
import org.capacityacademy.administration.boundary.Cohorts.CourseOfCohort;
import org.capacityacademy.administration.entity.AuditEntry;
import org.capacityacademy.administration.entity.Cohort;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.learning.entity.Enrolment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cohorts on the real server and database: members enrolled in the cohort's courses once, also those added later. */
@ExtendWith(ArquillianExtension.class)
class CohortsIT {

    @Inject
    Cohorts cohorts;

    @Inject
    AccountService accounts;

    @Inject
    Learning learning;

    @Inject
    Catalog catalog;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    private String person(String name) {
        String email = TestAccounts.uniqueEmail(name);
        accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile(name));
        return email;
    }

    private long enrolments(String email, long courseId) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.accountId = :account AND e.courseId = :course", Long.class)
                .setParameter("account", accounts.getByEmail(email).getId()).setParameter("course", courseId).getSingleResult();
    }

    private Enrolment enrolment(String email, long courseId) {
        return em.createNamedQuery(Enrolment.FIND, Enrolment.class).setParameter("account", accounts.getByEmail(email).getId())
                .setParameter("course", courseId).getSingleResult();
    }

    @Test
    void enrollingACohortEnrolsEachMemberOnceAndMembersAddedLaterToo() {
        long course = catalog.course("gge-2013", "en").orElseThrow().card().id();
        String administrator = person("cohort-admin");
        String ana = person("ana");
        String bo = person("bo");
        String self = person("self-enrolled");
        assertTrue(learning.enrol(self, course));

        Cohort cohort = cohorts.create(administrator, "Pacific intake " + UUID.randomUUID(), "Officials of the Pacific islands");
        for (String member : List.of(ana, bo, self)) {
            assertEquals(0, cohorts.addMember(administrator, cohort.getId(), member), "the cohort has no course yet");
        }
        assertEquals(2, cohorts.enrol(administrator, cohort.getId(), course), "the one enrolled already is left as they are");
        assertEquals(0, cohorts.enrol(administrator, cohort.getId(), course), "enrolling the cohort again enrols nobody twice");
        for (String member : List.of(ana, bo, self)) {
            assertEquals(1, enrolments(member, course));
            assertTrue(learning.progress(member, course).enrolled());
        }
        assertEquals(accounts.getByEmail(administrator).getId(), enrolment(ana, course).getEnrolledBy());
        assertNull(enrolment(self, course).getEnrolledBy(), "still their own enrolment");

        String later = person("later");
        assertEquals(1, cohorts.addMember(administrator, cohort.getId(), " " + later.toUpperCase() + " "),
                "a person added later is enrolled in the cohort's course at once");
        assertTrue(learning.progress(later, course).enrolled());
        assertEquals(List.of(new CourseOfCohort(course, "gge-2013",
                "The 2013 UN GGE report: ICT and international security", 4, 0)), cohorts.courses(cohort.getId(), "en"));
        assertEquals(4, cohorts.memberCount(cohort.getId()));

        cohorts.removeMember(administrator, cohort.getId(), accounts.getByEmail(later).getId());
        assertEquals(3, cohorts.memberCount(cohort.getId()));
        assertTrue(learning.progress(later, course).enrolled(), "leaving the cohort keeps the enrolment and its progress");
        assertEquals(3, cohorts.courses(cohort.getId(), "en").get(0).enrolled());
        assertEquals(List.of("ana", "bo", "self-enrolled"), cohorts.members(cohort.getId(), 0, 10).stream()
                .map(Cohorts.MemberView::fullName).toList());

        List<String> actions = audit.of("cohort", String.valueOf(cohort.getId())).stream().map(AuditEntry::getAction).toList();
        assertEquals(List.of("create-cohort", "add-cohort-member", "add-cohort-member", "add-cohort-member", "enrol-cohort",
                "enrol-cohort", "add-cohort-member", "remove-cohort-member"), actions);
        assertTrue(cohorts.all().stream().anyMatch(c -> c.id() == cohort.getId() && c.members() == 3 && c.courses() == 1));
    }

    @Test
    void namesAreUniqueWithoutCaseAndUnknownPeopleAreRefused() {
        String administrator = person("names-admin");
        String name = "West Africa " + UUID.randomUUID();
        Cohort first = cohorts.create(administrator, name, null);
        CohortException taken = assertThrows(CohortException.class, () -> cohorts.create(administrator, " " + name.toUpperCase(), null));
        assertEquals("cohort.nameTaken", taken.getMessageKey());
        assertEquals("cohort.nameRequired", assertThrows(CohortException.class, () -> cohorts.create(administrator, "  ", null)).getMessageKey());
        assertEquals("cohort.nameTooLong", assertThrows(CohortException.class,
                () -> cohorts.create(administrator, "x".repeat(Cohort.NAME_LENGTH + 1), null)).getMessageKey());

        Cohort second = cohorts.create(administrator, "East Africa " + UUID.randomUUID(), null);
        assertEquals("cohort.nameTaken", assertThrows(CohortException.class,
                () -> cohorts.describe(administrator, second.getId(), name, null)).getMessageKey());
        cohorts.describe(administrator, first.getId(), name.toLowerCase(), "2026 intake");
        assertEquals("2026 intake", cohorts.find(first.getId()).orElseThrow().getDescription());

        assertEquals("cohort.unknownPerson", assertThrows(CohortException.class,
                () -> cohorts.addMember(administrator, first.getId(), "nobody-" + UUID.randomUUID() + "@example.org")).getMessageKey());
        String member = person("member");
        cohorts.addMember(administrator, first.getId(), member);
        assertEquals("cohort.alreadyMember", assertThrows(CohortException.class,
                () -> cohorts.addMember(administrator, first.getId(), member)).getMessageKey());
        assertEquals(1, cohorts.memberCount(first.getId()));
        assertEquals("cohort.unknownCourse", assertThrows(CohortException.class,
                () -> cohorts.enrol(administrator, first.getId(), -1)).getMessageKey());
    }
}
