package org.capacityacademy.catalog;

import jakarta.inject.Inject;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestCourses;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.authoring.drafts.boundary.DraftFile;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.FileEdit;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonView;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue reads a course once per version and shares it between requests; a publish is
 * seen by the very next request, also by many readers at once.
 */
@ExtendWith(ArquillianExtension.class)
class PublishedCoursesIT {

    private static final String LESSON_FILE = "modules/05-norms/01-norms-from-existing-international-law.md";
    private static final String LESSON = "norms-international-law";

    @Inject
    Drafts drafts;

    @Inject
    AccountService accounts;

    @Inject
    Catalog catalog;

    @Test
    void aCourseIsReadOncePerVersionAndAPublishIsSeenAtOnce() throws Exception {
        String course = "cached-" + UUID.randomUUID().toString().substring(0, 8);
        String author = TestAccounts.registered(accounts, "author", Role.INSTRUCTOR);
        Map<String, String> files = new TreeMap<>(TestCourses.filesOfTheCourse(course));
        drafts.start(author, course, files);
        drafts.publish(author, course, false);

        // unchanged, every reader gets the same lesson, made once
        LessonView first = catalog.lesson(course, LESSON, "en").orElseThrow();
        assertSame(first, catalog.lesson(course, LESSON, "en").orElseThrow());
        assertSame(catalog.course(course, "en").orElseThrow(), catalog.course(course, "en").orElseThrow());
        assertEquals("en", first.language());
        assertFalse(first.quoted().isEmpty(), "the lesson quotes the report");
        assertTrue(catalog.lesson(course, "no-such-lesson", "en").isEmpty());
        assertTrue(catalog.lesson("no-such-course", LESSON, "en").isEmpty());

        // a publish: the next reader sees the new text, in every language, and the syllabus too
        DraftFile lesson = drafts.draft(author, course).get(LESSON_FILE);
        drafts.apply(author, course, List.of(FileEdit.update(lesson, lesson.content()
                .replace("<!-- en -->", "<!-- en -->\nA sentence added in the browser.\n"))));
        drafts.publish(author, course, false);
        LessonView edited = catalog.lesson(course, LESSON, "en").orElseThrow();
        assertNotSame(first, edited);
        assertFalse(first.revision().equals(edited.revision()), "its rendered text is kept under another key");
        assertTrue(edited.bodyHtml().contains("A sentence added in the browser."), edited::bodyHtml);
        assertFalse(first.bodyHtml().contains("A sentence added"), "what a reader already had is not changed under them");

        // many readers at once right after a publish all get the new version, none waits for long
        DraftFile again = drafts.draft(author, course).get(LESSON_FILE);
        drafts.apply(author, course, List.of(FileEdit.update(again, again.content()
                .replace("<!-- en -->", "<!-- en -->\nOne more sentence.\n"))));
        drafts.publish(author, course, false);
        ExecutorService readers = Executors.newFixedThreadPool(16);
        try {
            List<Callable<LessonView>> reads = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                reads.add(() -> catalog.lesson(course, LESSON, "en").orElseThrow());
            }
            List<Future<LessonView>> read = readers.invokeAll(reads, 60, java.util.concurrent.TimeUnit.SECONDS);
            LessonView shared = read.get(0).get();
            assertTrue(shared.bodyHtml().contains("One more sentence."));
            for (Future<LessonView> each : read) {
                assertSame(shared, each.get(), "the course was read once for all of them");
            }
        } finally {
            readers.shutdownNow();
        }
        CourseOutline outline = catalog.course(course, "en").orElseThrow();
        assertEquals(outline.card().id(), catalog.courseFacts(outline.card().id()).orElseThrow().id());
    }
}
