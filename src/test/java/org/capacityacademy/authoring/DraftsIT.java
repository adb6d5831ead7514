package org.capacityacademy.authoring;

import jakarta.inject.Inject;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestCourses;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.authoring.boundary.Authorship;
import org.capacityacademy.authoring.boundary.AuthoringException;
import org.capacityacademy.authoring.boundary.DraftFile;
import org.capacityacademy.authoring.boundary.Drafts;
import org.capacityacademy.authoring.boundary.EditConflict;
import org.capacityacademy.authoring.boundary.FileEdit;
import org.capacityacademy.authoring.boundary.NotAnAuthor;
import org.capacityacademy.authoring.boundary.NotPublishable;
import org.capacityacademy.authoring.boundary.Publication;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.ImportReport;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A course's draft on the real server and database: started, edited by two authors, checked, published. */
@ExtendWith(ArquillianExtension.class)
class DraftsIT {

    private static final String LESSON = "modules/05-norms/01-norms-from-existing-international-law.md";

    @Inject
    Drafts drafts;

    @Inject
    Authorship authorship;

    @Inject
    AccountService accounts;

    @Inject
    Catalog catalog;

    private String person(String name, Role role) {
        String email = TestAccounts.uniqueEmail(name);
        long id = accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile(name)).getId();
        if (role != null) {
            accounts.grant(id, role);
        }
        return email;
    }

    @Test
    void aDraftIsStartedEditedWithoutLostUpdatesCheckedAndPublished() {
        String course = "drafts-" + UUID.randomUUID().toString().substring(0, 8);
        String author = person("author", Role.INSTRUCTOR);
        String colleague = person("colleague", Role.INSTRUCTOR);
        String learner = person("learner", null);
        String administrator = person("admin", Role.ADMIN);

        assertThrows(NotAnAuthor.class, () -> drafts.start(learner, course, TestCourses.filesOfTheCourse(course)));
        drafts.start(author, course, TestCourses.filesOfTheCourse(course));
        assertThrows(AuthoringException.class, () -> drafts.start(colleague, course, Map.of()), "the id is taken");
        assertTrue(authorship.editableCourses(author).contains(course));
        assertFalse(authorship.mayEdit(colleague, course), "only its authors and administrators");
        assertThrows(NotAnAuthor.class, () -> drafts.draft(colleague, course));
        assertTrue(catalog.course(course, "en").isEmpty(), "a first draft is not in the catalogue");

        Publication first = drafts.check(author, course);
        assertTrue(first.mayPublish(), () -> first.problems().toString());
        assertTrue(first.changes().stream().allMatch(c -> c.action().equals("added")));
        ImportReport published = drafts.publish(author, course, false);
        assertEquals(0, published.retired());
        assertTrue(catalog.course(course, "en").isPresent(), "published, learners see it");
        assertFalse(drafts.hasDraft(author, course));

        authorship.add(administrator, course, accounts.getByEmail(colleague).getId());
        DraftFile mine = drafts.draft(author, course).get(LESSON);
        DraftFile theirs = drafts.draft(colleague, course).get(LESSON);
        drafts.apply(author, course, List.of(FileEdit.update(mine, mine.content().replace("minutes: ", "minutes: 1"))));
        assertThrows(EditConflict.class, () -> drafts.apply(colleague, course,
                List.of(FileEdit.update(theirs, theirs.content() + "\nMore.\n"))), "the colleague read an older version");
        assertTrue(drafts.draft(author, course).get(LESSON).content().contains("minutes: 1"), "the first edit stays");
        assertThrows(EditConflict.class, () -> drafts.apply(author, course, List.of(FileEdit.create(LESSON, "x"))),
                "a new file that exists already");

        Publication edit = drafts.check(author, course);
        assertEquals(List.of(new Publication.Change("lesson", "norms-international-law", "changed", 0)),
                edit.changes().stream().filter(c -> c.kind().equals("lesson")).toList());

        DraftFile yaml = drafts.draft(author, course).get("course.yaml");
        drafts.apply(author, course, List.of(FileEdit.update(yaml, yaml.content().replace("version: 1", "version: x"))));
        Publication broken = drafts.check(author, course);
        assertFalse(broken.mayPublish());
        assertEquals("course.yaml", broken.problems().get(0).file());
        assertThrows(NotPublishable.class, () -> drafts.publish(author, course, true));
        drafts.discard(author, course);
        assertFalse(drafts.hasDraft(author, course));
    }
}
