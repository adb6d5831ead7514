package org.capacityacademy.learning;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestCourses;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CourseImport;
import org.capacityacademy.catalog.boundary.ImportReport;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.learning.entity.Enrolment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may enrol whom: self-enrolment where the course allows it, administrators in any course. */
@ExtendWith(ArquillianExtension.class)
class EnrolmentRulesIT {

    @Inject
    CourseImport courseImport;

    @Inject
    Catalog catalog;

    @Inject
    Learning learning;

    @Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    private String learner(String name) {
        String email = TestAccounts.uniqueEmail(name);
        accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile(name));
        return email;
    }

    private Enrolment enrolment(String email, long courseId) {
        return em.createNamedQuery(Enrolment.FIND, Enrolment.class).setParameter("account", accounts.getByEmail(email).getId())
                .setParameter("course", courseId).getSingleResult();
    }

    @Test
    void learnersEnrolThemselvesOnlyWhereTheCourseAllowsItAndAdministratorsEnrolThemAnywhere() throws Exception {
        String code = "closed-" + UUID.randomUUID().toString().substring(0, 8);
        Path copy = TestCourses.copyOfTheCourse(code);
        Path yaml = copy.resolve("course.yaml");
        // after the languages line, whichever languages the shipped course has by now
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^(languages: .*)$", "$1\nenrolment: administrator"));
        ImportReport report = courseImport.importCourse(copy);
        assertFalse(report.isFailed(), report.problems()::toString);
        long closed = catalog.course(code, "en").orElseThrow().card().id();
        long open = catalog.course("gge-2013", "en").orElseThrow().card().id();

        String self = learner("self");
        assertTrue(learning.enrol(self, open));
        assertNull(enrolment(self, open).getEnrolledBy(), "enrolled themselves");
        assertFalse(learning.enrol(self, closed), "this course's learners are enrolled by an administrator");
        assertFalse(learning.progress(self, closed).enrolled());

        String administrator = System.getenv().getOrDefault("ADMIN_EMAIL", "admin@it.example.org");
        learning.enrolByAdministrator(administrator, accounts.getByEmail(self).getId(), closed);
        assertTrue(learning.progress(self, closed).enrolled());
        assertEquals(accounts.getByEmail(administrator).getId(), enrolment(self, closed).getEnrolledBy());
    }
}
