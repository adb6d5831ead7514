package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.gift.GiftFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every course in {@code courses/} read into the model and written back: the same bytes, whatever
 * languages, key order, quoting, comments and blank lines its files have; and the model written
 * from its own values (what an editor saving without a change does) is the same bytes too.
 */
class CourseSourceTest {

    static List<Path> courses() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("courses"))) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve(CourseYamlFile.FILE))).sorted().toList();
        }
    }

    @Test
    void everyCourseIsWrittenBackByteForByte() throws IOException {
        List<Path> courses = courses();
        assertFalse(courses.isEmpty());
        for (Path folder : courses) {
            Map<String, String> files = CourseFiles.folder(folder).all();
            CourseSource source = CourseSource.of(files);
            assertEquals(files, source.files(), folder + " written back");
            CourseSource again = CourseSource.of(source.files());
            assertEquals(source, again, folder + ": read, written and read again, the same model");
        }
    }

    @Test
    void everyFileWrittenFromItsOwnValuesIsTheSameBytes() throws IOException, ContentException {
        for (Path folder : courses()) {
            CourseSource source = CourseSource.of(CourseFiles.folder(folder).all());
            CourseYamlFile course = source.course();
            assertEquals(course.text(), course.with(course.settings()).text(), folder + "/course.yaml");
            for (CourseSource.Module module : source.modules()) {
                ModuleYamlFile yaml = module.module();
                assertEquals(yaml.text(), yaml.with(yaml.id(), yaml.title(), yaml.summary(), yaml.quiz()).text(), module.folder());
                for (LessonFile lesson : module.lessons()) {
                    LessonFile written = lesson.withHeader(lesson.headerFields());
                    for (Map.Entry<String, String> markdown : lesson.markdown().entrySet()) {
                        written = written.withMarkdown(markdown.getKey(), markdown.getValue());
                    }
                    assertEquals(lesson.text(), written.text(), lesson.path());
                }
                for (GiftFile bank : module.banks().values()) {
                    assertEquals(bank.text(), bank.with(bank.header(), bank.questions()).text(), bank.path());
                }
            }
        }
    }

    @Test
    void aChangedFieldChangesOnlyItsOwnTextAndReadsBack() throws ContentException {
        Map<String, String> files = new TreeMap<>(CourseFiles.folder(CourseContentTest.COURSE).all());
        CourseSource source = CourseSource.of(files);
        CourseYamlFile course = source.course();
        CourseYamlFile.Settings settings = course.settings();
        Map<String, String> title = new java.util.LinkedHashMap<>(settings.title());
        title.put("en", "ICT and international security: the 2013 report");
        String written = course.with(new CourseYamlFile.Settings(settings.id(), 2, settings.defaultLanguage(),
                settings.languages(), settings.enrolment(), settings.lessonsRequired(), settings.finalAssessmentRequired(),
                title, settings.summary(), settings.reportSymbol(), settings.officialLanguages(), settings.coverage(),
                settings.finalId(), settings.finalAssessment())).text();
        List<String> before = course.text().lines().toList();
        List<String> after = written.lines().toList();
        assertEquals(before.size(), after.size(), "no line added or removed");
        long changed = java.util.stream.IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i))).count();
        assertEquals(2, changed, "the version's line and the title's line");
        assertTrue(written.contains("# What completes the course"), "comments stay");
        files.put(CourseYamlFile.FILE, written);
        CourseDefinition read = CourseReader.read(CourseFiles.of(files));
        assertEquals("ICT and international security: the 2013 report", read.title().get("en"));
        assertEquals(2, read.version());

        LessonFile lesson = source.modules().get(4).lessons().get(0);
        LessonFile.Header header = lesson.headerFields();
        Map<String, String> lessonTitle = new java.util.LinkedHashMap<>(header.title());
        lessonTitle.put("en", "Norms: where they come from");
        LessonFile retitled = lesson.withHeader(new LessonFile.Header(header.id(), lessonTitle, header.covers(),
                header.minutes(), header.optional(), header.objectives(), header.terms())).withMarkdown("en", "New *text*.");
        assertNotEquals(lesson.text(), retitled.text());
        assertTrue(retitled.text().contains("  en: \"Norms: where they come from\"\n"), retitled.text());
        assertTrue(retitled.text().contains("<!-- en -->\nNew *text*.\n\n<!-- ar -->"), retitled.text());
        assertEquals(lesson.markdown().get("zh"), retitled.markdown().get("zh"), "the other language is untouched");
    }

    /** The course's record as it was before glossaries: its printed form is what the import's hash was computed from. */
    static final class Before {
        record CourseDefinition(String code, int version, String defaultLanguage, List<String> languages,
                                Map<String, String> title, Map<String, String> summary, String reportSymbol,
                                List<String> officialLanguages, List<org.capacityacademy.courseformat.CourseDefinition.ReportSection> report,
                                List<org.capacityacademy.courseformat.CourseDefinition.ModuleDefinition> modules, org.capacityacademy.courseformat.CourseDefinition.FinalAssessment finalAssessment,
                                boolean selfEnrolment, org.capacityacademy.courseformat.CourseDefinition.Completion completion) {
        }
    }

    @Test
    void aCourseWithoutGlossaryHashesAsBeforeGlossariesSoItsImportChangesNothing() throws ContentException {
        Map<String, String> files = new TreeMap<>(CourseFiles.folder(CourseContentTest.COURSE).all());
        files.remove(GlossaryFile.FILE);
        CourseDefinition read = CourseReader.read(CourseFiles.of(files));
        assertTrue(read.glossary().isEmpty());
        assertEquals(new Before.CourseDefinition(read.code(), read.version(), read.defaultLanguage(), read.languages(),
                read.title(), read.summary(), read.reportSymbol(), read.officialLanguages(), read.report(), read.modules(),
                read.finalAssessment(), read.selfEnrolment(), read.completion()).toString(), read.toString());
        CourseDefinition withGlossary = new CourseDefinition(read.code(), read.version(), read.defaultLanguage(),
                read.languages(), read.title(), read.summary(), read.reportSymbol(), read.officialLanguages(), read.report(),
                read.modules(), read.finalAssessment(), read.selfEnrolment(), read.completion(),
                List.of(new CourseDefinition.GlossaryTerm("ict", Map.of("en", "ICT"), Map.of("en", "Computers and networks"))));
        assertNotEquals(ContentHash.of(read), ContentHash.of(withGlossary), "the glossary is part of what the course says");
    }
}
