package org.capacityacademy.authoring;

import jakarta.inject.Inject;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.administration.entity.AuditEntry;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
import org.capacityacademy.authoring.drafts.boundary.Authorship;
import org.capacityacademy.authoring.drafts.boundary.CourseAuthors;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Administrators make instructors authors of a course and take it back, each change in the audit log. */
@ExtendWith(ArquillianExtension.class)
class CourseAuthorsIT {

    private static final String COURSE = "gge-2013";

    @Inject
    CourseAuthors courseAuthors;

    @Inject
    Authorship authorship;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    private String person(String name, Role role) {
        return TestAccounts.registered(accounts, name, role);
    }

    private static String refusal(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(AuthoringException.class, action).getMessageKey();
    }

    private List<String> auditLines(String email) {
        return audit.of("account", String.valueOf(accounts.getByEmail(email).getId())).stream()
                .filter(e -> e.getAction().endsWith("-author")).map(e -> e.getAction() + " " + e.getDetails()).toList();
    }

    @Test
    void administratorsAddAndRemoveInstructorsAsAuthorsWithAnAuditLine() {
        String administrator = person("admin", Role.ADMIN);
        String instructor = person("instructor", Role.INSTRUCTOR);
        String learner = person("learner", null);

        assertEquals("author.authors.notInstructor", refusal(() -> courseAuthors.add(administrator, COURSE, learner)));
        assertEquals("author.authors.noAccount", refusal(() -> courseAuthors.add(administrator, COURSE, "nobody@example.org")));
        assertEquals("author.authors.noCourse", refusal(() -> courseAuthors.add(administrator, "no-such-course", instructor)));
        assertThrows(NotAnAuthor.class, () -> courseAuthors.add(instructor, COURSE, instructor), "only administrators");
        assertFalse(authorship.mayEdit(instructor, COURSE));

        courseAuthors.add(administrator, COURSE, "  " + instructor.toUpperCase() + " ");
        assertTrue(authorship.mayEdit(instructor, COURSE));
        assertTrue(courseAuthors.of(List.of(COURSE)).get(COURSE).stream().anyMatch(a -> a.email().equals(instructor)));
        assertEquals("author.authors.already", refusal(() -> courseAuthors.add(administrator, COURSE, instructor)));
        assertEquals(List.of("add-author " + instructor + ": " + COURSE), auditLines(instructor));

        long id = accounts.getByEmail(instructor).getId();
        courseAuthors.remove(administrator, COURSE, id);
        courseAuthors.remove(administrator, COURSE, id);
        assertFalse(authorship.mayEdit(instructor, COURSE));
        assertEquals(List.of("add-author " + instructor + ": " + COURSE, "remove-author " + instructor + ": " + COURSE),
                auditLines(instructor), "removing twice writes one line");
    }
}
