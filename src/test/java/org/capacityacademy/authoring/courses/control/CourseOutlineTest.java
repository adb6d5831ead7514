package org.capacityacademy.authoring.courses.control;

import org.capacityacademy.authoring.drafts.control.EditRefused;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.CourseDefinition;
import org.capacityacademy.courseformat.CourseFiles;
import org.capacityacademy.courseformat.CourseReader;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new course's first draft, and changes of its structure, give files the reader accepts. */
class CourseOutlineTest {

    private static final Map<String, String> SHIPPED = CourseFiles.folder(CourseYamlTest.COURSE).all();

    private static Map<String, String> texts(String en, String zh) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", en);
        texts.put("zh", zh);
        return texts;
    }

    private static Map<String, String> newCourse() {
        return CourseStarter.files("intro-norms", List.of("en", "zh"), "en",
                texts("Norms in brief", "规范简介"), SHIPPED);
    }

    @Test
    void aNewCourseIsCompleteFromItsFirstDraft() throws ContentException {
        Map<String, String> files = newCourse();
        CourseDefinition course = CourseReader.read(CourseFiles.of(files));
        assertEquals("intro-norms", course.code());
        assertEquals("Norms in brief", course.title().get("en"));
        assertEquals("A/68/98", course.reportSymbol());
        assertEquals(List.of("zh"), course.officialLanguages());
        assertEquals(1, course.modules().size());
        assertEquals(1, course.lessonCount());
        assertEquals(1, course.questionCount());
        assertEquals(SHIPPED.get("source/A-68-98.zh.txt"), files.get("source/A-68-98.zh.txt"));
        assertTrue(files.get("course.yaml").contains("coverage: some"));
        assertTrue(files.get("modules/01-introduction/quiz.zh.gift").contains("A/68/98"), "real text in each language");
        assertFalse(files.get("modules/01-introduction/quiz.zh.gift").equals(files.get("modules/01-introduction/quiz.en.gift")));
    }

    @Test
    void aCourseOnlyInChineseCopiesOnlyTheChineseReport() throws ContentException {
        Map<String, String> files = CourseStarter.files("zh-only", List.of("zh"), "zh", Map.of("zh", "中文课程"), SHIPPED);
        assertTrue(files.keySet().stream().noneMatch(p -> p.startsWith("report/en/")));
        assertEquals(List.of("zh"), CourseReader.read(CourseFiles.of(files)).languages());
    }

    @Test
    void aLanguageWithoutTheReportsTextIsRefused() {
        Map<String, String> withoutFrench = new java.util.HashMap<>(SHIPPED);
        withoutFrench.keySet().removeIf(file -> file.startsWith("report/fr/"));
        EditRefused refused = assertThrows(EditRefused.class, () -> CourseStarter.files("fr-course", List.of("fr"), "fr",
                Map.of("fr", "Cours"), withoutFrench));
        assertEquals("author.courses.noReportIn", refused.getKey());
        assertEquals("Français", refused.getArguments()[0]);
    }

    @Test
    void modulesAndLessonsAreAddedReorderedRenamedAndRemoved() throws Exception {
        CourseOutline outline = CourseOutline.of(newCourse());
        String norms = outline.addModule("norms", texts("Norms", "规范"), texts("Norms quiz", "规范测验"));
        assertEquals("modules/02-norms/", norms);
        String first = outline.addLesson(norms, "what-norms-are", texts("What norms are", "什么是规范"));
        String second = outline.addLesson(norms, "charter", texts("The Charter", "宪章"));
        assertEquals("modules/02-norms/02-charter.md", second);

        outline.moveModule(norms, -1);
        outline.moveLesson("modules/01-norms/02-charter.md", -1);
        outline.renameLesson("modules/01-norms/01-charter.md", texts("The Charter applies", "宪章适用"));
        List<CourseOutline.Module> modules = outline.modules();
        assertEquals(List.of("modules/01-norms/", "modules/02-introduction/"), modules.stream().map(CourseOutline.Module::folder).toList());
        assertEquals(List.of("charter", "what-norms-are"), modules.get(0).lessons().stream().map(CourseOutline.Lesson::id).toList());
        assertEquals("The Charter applies", modules.get(0).lessons().get(0).title().get("en"));

        CourseDefinition course = CourseReader.read(CourseFiles.of(outline.files()));
        assertEquals(List.of("norms", "introduction"), course.modules().stream().map(CourseDefinition.ModuleDefinition::code).toList());
        assertEquals("宪章适用", course.modules().get(0).lessons().get(0).title().get("zh"));

        outline.removeLesson("modules/01-norms/02-what-norms-are.md");
        outline.removeModule("modules/02-introduction/");
        assertThrows(ContentException.class, () -> CourseReader.read(CourseFiles.of(outline.files())),
                "the only questions left with the introduction: the final assessment draws more than the banks hold");
        assertEquals(1, outline.modules().size());
        assertTrue(outline.files().keySet().stream().noneMatch(p -> p.startsWith("modules/02-introduction/")));
        assertTrue(outline.files().containsKey("report/zh/01-orientation.md") || outline.files().keySet().stream().anyMatch(p -> p.startsWith("report/zh/")));
        assertEquals(first.replace("02-norms", "01-norms").replace("01-what", "02-what"), "modules/01-norms/02-what-norms-are.md");
    }

    @Test
    void badIdsDuplicateIdsEmptyTitlesAndHugeValuesAreRefused() {
        CourseOutline outline = CourseOutline.of(newCourse());
        assertEquals("author.check.badId", assertThrows(EditRefused.class,
                () -> outline.addModule("Norms!", texts("N", "N"), texts("Q", "Q"))).getKey());
        assertEquals("author.check.idTaken", assertThrows(EditRefused.class,
                () -> outline.addModule("introduction", texts("N", "N"), texts("Q", "Q"))).getKey());
        assertEquals("author.check.idTaken", assertThrows(EditRefused.class,
                () -> outline.addModule("final", texts("N", "N"), texts("Q", "Q"))).getKey());
        assertEquals("author.check.titleMissing", assertThrows(EditRefused.class,
                () -> outline.addModule("norms", texts("Norms", " "), texts("Q", "Q"))).getKey());
        assertEquals("author.check.titleTooLong", assertThrows(EditRefused.class,
                () -> outline.addModule("norms", texts("x".repeat(301), "规范"), texts("Q", "Q"))).getKey());
        assertEquals("author.check.idTaken", assertThrows(EditRefused.class,
                () -> outline.addLesson("modules/01-introduction/", CourseStarter.LESSON, texts("A", "B"))).getKey());
        assertEquals("author.check.idMissing", assertThrows(EditRefused.class,
                () -> outline.addLesson("modules/01-introduction/", "  ", texts("A", "B"))).getKey());
        assertEquals(newCourse(), outline.files(), "nothing changed");
    }

    @Test
    void courseSettingsAreCheckedBeforeTheyAreWritten() throws Exception {
        CourseOutline outline = CourseOutline.of(newCourse());
        CourseYaml course = outline.course();
        course.getFinalAssessment().setPassMark(101);
        assertEquals("author.check.passMark", assertThrows(EditRefused.class, () -> outline.saveCourse(course)).getKey());
        course.getFinalAssessment().setPassMark(80);
        course.setDefaultLanguage("fr");
        assertEquals("author.check.defaultLanguage", assertThrows(EditRefused.class, () -> outline.saveCourse(course)).getKey());
        course.setDefaultLanguage("zh");
        course.setEnrolment(CourseYaml.ADMINISTRATOR);
        outline.saveCourse(course);
        CourseDefinition read = CourseReader.read(CourseFiles.of(outline.files()));
        assertEquals(80, read.finalAssessment().quiz().passMark());
        assertEquals("zh", read.defaultLanguage());
        assertFalse(read.selfEnrolment());
    }

    @Test
    void aDraggedOrderIsAppliedWholeOrRefusedWhenTheDraftChangedMeanwhile() throws Exception {
        CourseOutline outline = CourseOutline.of(newCourse());
        String norms = outline.addModule("norms", texts("Norms", "规范"), texts("Q", "Q"));
        outline.addLesson(norms, "a", texts("A", "A"));
        outline.addLesson(norms, "b", texts("B", "B"));
        outline.orderModules(List.of(norms, "modules/01-introduction/"));
        outline.orderLessons("modules/01-norms/", List.of("modules/01-norms/02-b.md", "modules/01-norms/01-a.md"));
        assertEquals(List.of("norms", "introduction"), outline.modules().stream().map(CourseOutline.Module::id).toList());
        assertEquals(List.of("b", "a"), outline.modules().get(0).lessons().stream().map(CourseOutline.Lesson::id).toList());
        assertEquals("author.course.orderOutdated", assertThrows(EditRefused.class,
                () -> outline.orderModules(List.of("modules/01-norms/"))).getKey(), "a module missing from the order");
        assertEquals("author.course.orderOutdated", assertThrows(EditRefused.class,
                () -> outline.orderLessons("modules/01-norms/", List.of("modules/01-norms/01-b.md", "modules/01-norms/09-x.md"))).getKey());
    }

    @Test
    void modulesWithTheSameNameSwapPlaces() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("modules/01-x/module.yaml", "id: a\n");
        files.put("modules/01-x/01-l.md", "A");
        files.put("modules/02-x/module.yaml", "id: b\n");
        files.put("modules/02-x/01-l.md", "B");
        CourseOutline outline = CourseOutline.of(files);
        outline.moveModule("modules/02-x/", -1);
        assertEquals("id: b\n", outline.files().get("modules/01-x/module.yaml"));
        assertEquals("A", outline.files().get("modules/02-x/01-l.md"));
        assertEquals(4, outline.files().size());
    }
}
