package org.capacityacademy.authoring;

import jakarta.inject.Inject;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.authoring.courses.boundary.AuthoredCourse;
import org.capacityacademy.authoring.courses.boundary.AuthoredCourses;
import org.capacityacademy.authoring.courses.control.CourseOutline;
import org.capacityacademy.authoring.courses.control.CourseStarter;
import org.capacityacademy.authoring.courses.control.CourseYaml;
import org.capacityacademy.authoring.drafts.boundary.DraftEdits;
import org.capacityacademy.authoring.drafts.boundary.DraftFile;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.EditConflict;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.authoring.drafts.boundary.NotPublishable;
import org.capacityacademy.authoring.drafts.boundary.Publication;
import org.capacityacademy.authoring.drafts.control.EditRefused;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews;
import org.capacityacademy.learning.boundary.Learning;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The course editor's work on the real server and database: a course created from a
 * published report, its structure changed (modules and lessons added, moved, renamed,
 * removed) through drafts, published with learners' history respected, and two authors'
 * changes never silently overwriting each other.
 */
@ExtendWith(ArquillianExtension.class)
class CourseEditingIT {

    @Inject
    AuthoredCourses authored;

    @Inject
    Drafts drafts;

    @Inject
    AccountService accounts;

    @Inject
    Catalog catalog;

    @Inject
    Learning learning;

    private String person(String name, Role role) {
        return TestAccounts.registered(accounts, name, role);
    }

    private static Map<String, String> texts(String en, String zh) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", en);
        texts.put("zh", zh);
        return texts;
    }

    /** Changes the draft as the editor's pages do: the outline's files saved with the versions read. */
    private void change(String author, String course, java.util.function.Consumer<CourseOutline> change) {
        Map<String, DraftFile> read = drafts.draft(author, course);
        Map<String, String> contents = new LinkedHashMap<>();
        read.forEach((path, file) -> contents.put(path, file.content()));
        CourseOutline outline = CourseOutline.of(contents);
        change.accept(outline);
        drafts.apply(author, course, DraftEdits.between(read, outline.files()));
    }

    private List<String> lessonIds(String author, String course) {
        Map<String, String> contents = new LinkedHashMap<>();
        drafts.draft(author, course).forEach((path, file) -> contents.put(path, file.content()));
        return CourseOutline.of(contents).modules().stream().flatMap(m -> m.lessons().stream())
                .map(CourseOutline.Lesson::id).toList();
    }

    private AuthoredCourse state(String author, String course) {
        return authored.editable(author, "en").stream().filter(c -> c.code().equals(course)).findFirst().orElseThrow();
    }

    @Test
    void anInstructorCreatesACourseChangesItsStructureAndPublishesIt() throws Exception {
        String course = "editing-" + UUID.randomUUID().toString().substring(0, 8);
        String author = person("author", Role.INSTRUCTOR);
        String learner = person("learner", null);

        assertThrows(NotAnAuthor.class, () -> authored.create(learner, course, List.of("en"), "en",
                Map.of("en", "Mine"), "gge-2013"), "a learner starts no course");
        assertEquals("author.check.badId", assertThrows(EditRefused.class, () -> authored.create(author, "Bad Id!",
                List.of("en"), "en", Map.of("en", "Mine"), "gge-2013")).getKey());
        assertEquals("author.check.titleMissing", assertThrows(EditRefused.class, () -> authored.create(author, course,
                List.of("en", "zh"), "en", texts("Norms for ministries", " "), "gge-2013")).getKey());
        // a language without the report's text is refused: CourseOutlineTest (gge-2013 has all six now)
        assertTrue(authored.reportSources(author, "en").stream().anyMatch(s -> s.course().equals("gge-2013")
                && s.symbol().equals("A/68/98") && s.languages().containsAll(List.of("zh", "en", "ar", "es", "fr", "ru"))));

        authored.create(author, course, List.of("en", "zh"), "en", texts("Norms for ministries", "面向各部委的规范"), "gge-2013");
        AuthoredCourse listed = authored.editable(author, "zh").stream().filter(c -> c.code().equals(course)).findFirst().orElseThrow();
        assertEquals("面向各部委的规范", listed.title());
        assertFalse(listed.published());
        assertTrue(listed.unpublishedChanges());
        Publication first = drafts.check(author, course);
        assertTrue(first.mayPublish(), () -> "the first draft is a complete course: " + first.problems());
        drafts.publish(author, course, false);
        assertTrue(catalog.course(course, "en").isPresent());
        drafts.draft(author, course);
        assertEquals(new AuthoredCourse(course, "Norms for ministries", "en", true, false), state(author, course),
                "a draft opened but not edited holds no unpublished changes");

        change(author, course, o -> {
            String norms = o.addModule("norms", texts("Norms", "规范"), texts("Quiz: norms", "测验：规范"));
            try {
                o.addLesson(norms, "charter", texts("The Charter", "宪章"));
                o.addLesson(norms, "sovereignty", texts("Sovereignty", "主权"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        change(author, course, o -> o.moveModule("modules/02-norms/", -1));
        change(author, course, o -> o.moveLesson("modules/01-norms/02-sovereignty.md", -1));
        change(author, course, o -> {
            try {
                o.renameLesson("modules/01-norms/01-sovereignty.md", texts("State sovereignty", "国家主权"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of("sovereignty", "charter", CourseStarter.LESSON), lessonIds(author, course));
        assertTrue(state(author, course).unpublishedChanges());
        assertTrue(drafts.draft(author, course).get("modules/01-norms/01-sovereignty.md").content().contains("en: State sovereignty"));
        assertTrue(drafts.draft(author, course).containsKey("modules/02-introduction/module.yaml"), "the folders are numbered again");

        Publication moved = drafts.check(author, course);
        assertTrue(moved.mayPublish(), () -> moved.problems().toString());
        assertTrue(moved.changes().contains(new Publication.Change("lesson", "sovereignty", "added", 0)));
        assertTrue(moved.changes().contains(new Publication.Change("module", "norms", "added", 0)));
        drafts.publish(author, course, false);
        CatalogViews.CourseOutline published = catalog.course(course, "en").orElseThrow();
        assertEquals("Norms", published.modules().get(0).title());
        assertEquals("State sovereignty", published.modules().get(0).lessons().get(0).title());

        // a learner completes the lesson that is then removed: publishing asks for confirmation and keeps the history
        long courseId = published.card().id();
        long sovereignty = published.modules().get(0).lessons().get(0).id();
        assertTrue(learning.enrol(learner, courseId));
        assertTrue(learning.complete(learner, courseId, sovereignty));
        change(author, course, o -> o.removeLesson("modules/01-norms/01-sovereignty.md"));
        Publication removal = drafts.check(author, course);
        assertTrue(removal.needsConfirmation());
        assertTrue(removal.changes().contains(new Publication.Change("lesson", "sovereignty", "retired", 1)), removal.changes()::toString);
        assertThrows(NotPublishable.class, () -> drafts.publish(author, course, false));
        drafts.publish(author, course, true);
        assertEquals(List.of("charter"), catalog.course(course, "en").orElseThrow().modules().get(0).lessons().stream()
                .map(CatalogViews.LessonLink::code).toList());
        assertTrue(learning.progress(learner, courseId).completed().contains(sovereignty), "the learner's history is kept");
    }

    @Test
    void twoAuthorsNeverSilentlyOverwriteEachOther() throws Exception {
        String course = "editing-" + UUID.randomUUID().toString().substring(0, 8);
        String author = person("author", Role.INSTRUCTOR);
        String administrator = person("admin", Role.ADMIN);
        authored.create(author, course, List.of("en"), "en", Map.of("en", "Shared course"), "gge-2013");

        Map<String, DraftFile> mine = drafts.draft(author, course);
        Map<String, DraftFile> theirs = drafts.draft(administrator, course);
        Map<String, String> contents = new LinkedHashMap<>();
        theirs.forEach((path, file) -> contents.put(path, file.content()));
        CourseOutline outline = CourseOutline.of(contents);
        outline.addModule("added-by-admin", Map.of("en", "Added by the administrator"), Map.of("en", "Quiz"));
        drafts.apply(administrator, course, DraftEdits.between(theirs, outline.files()));

        Map<String, String> myContents = new LinkedHashMap<>();
        mine.forEach((path, file) -> myContents.put(path, file.content()));
        CourseOutline myOutline = CourseOutline.of(myContents);
        CourseYaml settings = myOutline.course();
        settings.getTitle().put("en", "My title");
        myOutline.saveCourse(settings);
        drafts.apply(author, course, DraftEdits.between(mine, myOutline.files()));
        assertTrue(drafts.draft(author, course).containsKey("modules/02-added-by-admin/module.yaml"),
                "an edit of another file does not undo the administrator's module");

        Map<String, DraftFile> stale = mine;
        CourseOutline mover = CourseOutline.of(myOutline.files());
        mover.addModule("mine-too", Map.of("en", "Mine too"), Map.of("en", "Quiz"));
        EditConflict conflict = assertThrows(EditConflict.class,
                () -> drafts.apply(author, course, DraftEdits.between(stale, mover.files())));
        assertTrue(conflict.getPath().startsWith("modules/02-") || conflict.getPath().equals("course.yaml"), conflict.getPath());
        assertFalse(drafts.draft(author, course).keySet().stream().anyMatch(p -> p.contains("mine-too")), "nothing of it was stored");
        assertTrue(drafts.draft(author, course).get("course.yaml").content().contains("My title"));
    }
}
