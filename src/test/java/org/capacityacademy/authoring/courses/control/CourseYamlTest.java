package org.capacityacademy.authoring.courses.control;

import org.capacityacademy.authoring.drafts.control.UnreadableFile;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.ContentHash;
import org.capacityacademy.courseformat.CourseDefinition;
import org.capacityacademy.courseformat.CourseFiles;
import org.capacityacademy.courseformat.CourseReader;
import org.capacityacademy.courseformat.yaml.YamlText;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** course.yaml and module.yaml read into editable fields and written back say the same course. */
class CourseYamlTest {

    static final Path COURSE = Path.of("courses/gge-2013");

    @Test
    void theShippedCourseWrittenBackIsTheSameCourse() throws ContentException, UnreadableFile {
        Map<String, String> files = new TreeMap<>(CourseFiles.folder(COURSE).all());
        CourseDefinition before = CourseReader.read(CourseFiles.of(files));
        int rewritten = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (file.getKey().equals(CourseYaml.FILE)) {
                file.setValue(CourseYaml.parse(file.getValue()).write());
                rewritten++;
            } else if (file.getKey().endsWith("/" + ModuleYaml.FILE)) {
                file.setValue(ModuleYaml.parse(file.getKey(), file.getValue()).write(before.languages()));
                rewritten++;
            }
        }
        assertEquals(1 + before.modules().size(), rewritten);
        assertEquals(CourseFiles.folder(COURSE).all(), files, "written back byte for byte, comments included");
        CourseDefinition after = CourseReader.read(CourseFiles.of(files));
        assertEquals(ContentHash.of(before), ContentHash.of(after));
        assertTrue(files.get("course.yaml").startsWith("# The course:"), "the opening comment is kept");
    }

    @Test
    void editedFieldsAreWrittenSoThatTheReaderReadsThemBack() throws Exception {
        Map<String, String> files = new TreeMap<>(CourseFiles.folder(COURSE).all());
        CourseYaml course = CourseYaml.parse(files.get("course.yaml"));
        String tricky = "Cyber: \"norms\" # not a comment, yes";
        course.getTitle().put("en", tricky);
        course.getSummary().put("en", "123");
        course.setVersion(7);
        course.setEnrolment(CourseYaml.ADMINISTRATOR);
        course.setLessonsRequired(false);
        course.getFinalAssessment().setDraw(10);
        course.getFinalAssessment().setFeedback("score-only");
        course.getFinalAssessment().getTitle().put("en", "yes");
        files.put("course.yaml", course.write());
        ModuleYaml module = ModuleYaml.parse("modules/05-norms/module.yaml", files.get("modules/05-norms/module.yaml"));
        module.getTitle().put("zh", "规范：第16-25段\n第二行");
        module.getQuiz().setAttempts(2);
        module.getQuiz().setTimeLimit(15);
        module.getQuiz().setShuffle(false);
        module.getQuiz().setDraw(3);
        module.getQuiz().setPassMark(80);
        files.put("modules/05-norms/module.yaml", module.write(List.of("zh", "en")));

        CourseDefinition read = CourseReader.read(CourseFiles.of(files));
        assertEquals(tricky, read.title().get("en"));
        assertEquals("123", read.summary().get("en"));
        assertEquals(7, read.version());
        assertTrue(!read.selfEnrolment() && !read.completion().lessons() && read.completion().finalAssessment());
        assertEquals(10, read.finalAssessment().quiz().draw());
        assertEquals("yes", read.finalAssessment().title().get("en"));
        assertEquals("score-only", read.finalAssessment().quiz().feedback().fileName());
        CourseDefinition.ModuleDefinition norms = read.modules().stream().filter(m -> m.code().equals("norms")).findFirst().orElseThrow();
        assertEquals("规范：第16-25段\n第二行", norms.title().get("zh"));
        assertEquals(new CourseDefinition.QuizSettings(3, 80, 2, 15, false, norms.quiz().feedback()), norms.quiz());
    }

    @Test
    void fieldsTheEditorDoesNotKnowAreKept() throws UnreadableFile {
        String text = "id: m\ntitle:\n  en: M\nsummary:\n  en: S\nextra:\n  nested: [1, 2]\nquiz:\n  title:\n    en: Q\n";
        String written = ModuleYaml.parse("modules/01-m/module.yaml", text).write(List.of("en"));
        assertTrue(written.contains("extra:\n  nested: [1, 2]\n"), written);
        assertEquals(ModuleYaml.parse("x", written).write(List.of("en")), written, "writing is stable");
    }

    @Test
    void aFileThatIsNotYamlFieldsIsNamed() {
        UnreadableFile broken = assertThrows(UnreadableFile.class, () -> ModuleYaml.parse("modules/01-m/module.yaml", "id: [unclosed"));
        assertEquals("modules/01-m/module.yaml", broken.getFile());
        assertThrows(UnreadableFile.class, () -> CourseYaml.parse("just a line"));
    }

    @Test
    void scalarsAreQuotedOnlyWhenPlainYamlWouldMisreadThem() {
        assertEquals("Final assessment", YamlText.scalar("Final assessment"));
        assertEquals("结业测评", YamlText.scalar("结业测评"));
        assertEquals("\"yes\"", YamlText.scalar("yes"));
        assertEquals("\"70\"", YamlText.scalar("70"));
        assertEquals("\"a: b\"", YamlText.scalar("a: b"));
        assertEquals("\"say \\\"hi\\\"\\nthen go\"", YamlText.scalar("say \"hi\"\nthen go"));
        assertEquals("\"\"", YamlText.scalar(""));
    }
}
