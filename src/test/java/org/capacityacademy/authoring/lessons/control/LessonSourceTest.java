package org.capacityacademy.authoring.lessons.control;

import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.ContentHash;
import org.capacityacademy.courseformat.CourseFiles;
import org.capacityacademy.courseformat.CourseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonSourceTest {

    private static final List<String> LANGUAGES = List.of("zh", "en");

    @Test
    void everyShippedLessonWrittenBackGivesTheSameCourse() throws ContentException {
        Map<String, String> files = CourseFiles.folder(Path.of("courses/gge-2013")).all();
        Map<String, String> rewritten = new TreeMap<>(files);
        int lessons = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (file.getKey().startsWith("modules/") && file.getKey().endsWith(".md")) {
                LessonSource lesson = LessonSource.parse(file.getKey(), file.getValue());
                String written = lesson.write(LANGUAGES);
                assertEquals(written, LessonSource.parse(file.getKey(), written).write(LANGUAGES),
                        () -> file.getKey() + " is written the same way twice");
                rewritten.put(file.getKey(), written);
                lessons++;
            }
        }
        assertEquals(17, lessons);
        assertEquals(ContentHash.of(CourseReader.read(CourseFiles.of(files))),
                ContentHash.of(CourseReader.read(CourseFiles.of(rewritten))));
    }

    @Test
    void readsEveryFieldOfALesson() throws ContentException {
        LessonSource lesson = LessonSource.parse("modules/01-a/01-b.md", """
                ---
                id: norms
                title:
                  zh: 规范
                  en: "Norms: the basics"
                covers: ["16", "17"]
                minutes: 10
                optional: true
                objectives:
                  zh:
                    - 解释（第16段）
                  en:
                    - Explain (para. 16)
                terms:
                  - zh: 规范
                    en: norm
                    explanation:
                      zh: 期待
                      en: An expectation
                ---
                <!-- zh -->
                中文

                <!-- en -->

                English *text*

                """);
        assertEquals("norms", lesson.getId());
        assertEquals(Map.of("zh", "规范", "en", "Norms: the basics"), lesson.getTitle());
        assertEquals(List.of("16", "17"), lesson.getCovers());
        assertEquals(10, lesson.getMinutes());
        assertTrue(lesson.isOptional());
        assertEquals(List.of("Explain (para. 16)"), lesson.getObjectives().get("en"));
        assertEquals("norm", lesson.getTerms().get(0).getTerm().get("en"));
        assertEquals("An expectation", lesson.getTerms().get(0).getExplanation().get("en"));
        assertEquals(Map.of("zh", "中文", "en", "English *text*"), lesson.getMarkdown());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "10", "true", "yes", "null", "a: b", "# not a comment", "- item", "[list]",
            "{map}", "'quoted'", "\"double\"", "line\nbreak", " padded ", "", "*alias", "&anchor", "% sign", "@at", "`tick`",
            "مرحبا بالعالم", "国际法（第19段）：适用", "ends with colon:", "!tag", "|", ">", "---", "..."})
    void writesAnyTextSoThatYamlReadsItBack(String text) {
        String yaml = "value: " + LessonSource.scalar(text);
        Map<?, ?> read = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        assertEquals(text, read.get("value"), yaml);
    }

    @Test
    void refusesAFileWithoutHeaderOrWithTextBeforeTheFirstLanguage() {
        assertThrows(ContentException.class, () -> LessonSource.parse("x.md", "no header"));
        assertThrows(ContentException.class, () -> LessonSource.parse("x.md", "---\nid: a\n---\nstray text\n<!-- en -->\nx"));
        assertThrows(ContentException.class, () -> LessonSource.parse("x.md", "---\nid: [a\n---\n<!-- en -->\nx"));
    }

    @Test
    void writesAnEmptyNewLessonThatReadsBack() throws ContentException {
        LessonSource lesson = new LessonSource();
        lesson.setId("new-lesson");
        lesson.getTitle().put("en", "New");
        lesson.setMinutes(5);
        lesson.getMarkdown().put("en", "Text");
        String written = lesson.write(List.of("en", "ar"));
        LessonSource again = LessonSource.parse("x.md", written);
        assertEquals("new-lesson", again.getId());
        assertEquals("", again.getTitle().get("ar"));
        assertEquals(List.of(), again.getCovers());
        assertEquals(List.of(), again.getObjectives().get("ar"));
        assertEquals(Map.of("en", "Text"), again.getMarkdown());
        assertTrue(LessonSource.marksALanguage("a\n  <!-- fr -->  \nb"));
    }
}
