package org.capacityacademy.authoring;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestAnswers;
import org.capacityacademy.TestCourses;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.assessment.boundary.Attempts;
import org.capacityacademy.assessment.entity.Attempt;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.assessment.entity.Question;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
import org.capacityacademy.authoring.drafts.boundary.Authorship;
import org.capacityacademy.authoring.drafts.boundary.DraftFile;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.EditConflict;
import org.capacityacademy.authoring.drafts.boundary.FileEdit;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.authoring.drafts.boundary.NotPublishable;
import org.capacityacademy.authoring.drafts.boundary.Publication;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.ImportReport;
import org.capacityacademy.learning.boundary.Learning;
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

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    @PersistenceContext
    EntityManager em;

    private String person(String name, Role role) {
        return TestAccounts.registered(accounts, name, role);
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

    @Test
    void anAttemptOpenWhenAnEditIsPublishedFinishesOnTheQuestionsItStartedWith() {
        String course = "revisions-" + UUID.randomUUID().toString().substring(0, 8);
        String author = person("author", Role.INSTRUCTOR);
        String learner = person("learner", null);
        drafts.start(author, course, TestCourses.filesOfTheCourse(course));
        drafts.publish(author, course, false);
        learning.enrol(learner, catalog.course(course, "en").orElseThrow().card().id());
        String attemptId = attempts.start(learner, course, "introduction", "en");
        Attempt attempt = em.createNamedQuery(Attempt.FIND_BY_PUBLIC_ID, Attempt.class).setParameter("id", attemptId)
                .getSingleResult();
        List<AttemptQuestion> asked = em.createNamedQuery(AttemptQuestion.FIND_OF_ATTEMPT, AttemptQuestion.class)
                .setParameter("attempt", attempt.getId()).getResultList();
        for (AttemptQuestion question : asked) {
            attempts.saveAnswer(learner, attemptId, question.getPosition(), TestAnswers.rightAnswer(em, question));
        }

        // the author turns a statement around: TRUE becomes FALSE, in both languages, and publishes
        Map<String, DraftFile> draft = drafts.draft(author, course);
        List<FileEdit> edits = new java.util.ArrayList<>();
        // in every language of the course, however many it has by now
        for (DraftFile bank : draft.values().stream().filter(f -> f.path().matches("modules/02-introduction/quiz\\.[a-z]+\\.gift")).toList()) {
            String flipped = bank.content().replaceFirst("(::introduction-4::[^{]*)\\{TRUE", "$1(revised) {FALSE");
            assertTrue(flipped.contains("(revised)"), "the statement is turned around in " + bank.path());
            edits.add(FileEdit.update(bank, flipped));
        }
        drafts.apply(author, course, edits);
        assertTrue(drafts.check(author, course).changes().contains(
                new Publication.Change("question", "introduction-4", "changed", 0)));
        drafts.publish(author, course, false);

        String shown = attempts.sheet(learner, attemptId, "en").questions().stream()
                .filter(q -> q.text().contains("resolution 66/24")).findFirst().orElseThrow().text();
        assertFalse(shown.contains("(revised)"), "the open attempt still shows the statement it started with");
        attempts.submit(learner, attemptId);
        em.clear();
        Attempt submitted = em.find(Attempt.class, attempt.getId());
        assertEquals(0, new java.math.BigDecimal("100.00").compareTo(submitted.getScore()),
                "graded on the questions it started with: every answer right");

        String next = attempts.start(learner, course, "introduction", "en");
        assertTrue(attempts.sheet(learner, next, "en").questions().stream().anyMatch(q -> q.text().contains("(revised)")),
                "a new attempt gets the published edit");
    }
}
