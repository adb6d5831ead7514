package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.gift.GiftParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course whose course.yaml is hostile or broken (no languages, an alias bomb, Java tags, deep
 * nesting, a huge document) but which has modules: every one is refused with a list of problems,
 * each with its file and line, quickly, never with an exception of another kind.
 */
class HostileCourseTest {

    private static final Map<String, String> SHIPPED = CourseFiles.folder(CourseContentTest.COURSE).all();

    private static List<String> problems(String courseYaml) {
        Map<String, String> files = new TreeMap<>(SHIPPED);
        files.put(CourseYamlFile.FILE, courseYaml);
        ContentException refused = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThrows(ContentException.class, () -> CourseReader.read(CourseFiles.of(files))));
        List<String> problems = refused.getProblems().stream().map(ContentProblem::toString).toList();
        assertTrue(!problems.isEmpty());
        return problems;
    }

    private static void assertNamed(List<String> problems, String regex) {
        assertTrue(problems.stream().anyMatch(p -> p.matches(regex)), () -> regex + " not in " + problems);
    }

    @Test
    void aCourseWithoutLanguagesButWithModulesIsTold() {
        String text = SHIPPED.get(CourseYamlFile.FILE).replaceFirst("(?m)^languages: .*\\n", "");
        assertNamed(problems(text), "course\\.yaml:\\d+: 'languages' must list the course's languages.*");
    }

    @Test
    void anAliasBombIsRefusedBeforeItExpands() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nid: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
        assertNamed(problems(bomb), "course\\.yaml:1: YAML: anchors and aliases.*");
    }

    @Test
    void javaTagsAreRefused() {
        assertNamed(problems("id: gge-2013\nlanguages: !!java.util.ArrayList [zh, en]\n"), "course\\.yaml:2: YAML: the tag .*");
        assertNamed(problems("id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n"),
                "course\\.yaml:1: YAML: .*");
    }

    @Test
    void deepNestingAndHugeDocumentsAreRefused() {
        assertNamed(problems("id: gge-2013\nlanguages: " + "[".repeat(5000) + "]".repeat(5000) + "\n"), "course\\.yaml:\\d+: YAML: .*");
        assertNamed(problems("id: gge-2013\nsummary: \"" + "x".repeat(3_000_000) + "\"\n"), "course\\.yaml:1: YAML: the document is larger.*");
        assertNamed(problems("- a list\n- not fields\n"), "course\\.yaml:1: expected YAML fields.*");
        assertNamed(problems("id: gge-2013\nid: again\n"), "course\\.yaml:2: YAML: the key 'id' appears twice");
    }

    @Test
    void aGiftFileOfManyBlankLinesInsideAnOpenBraceIsReadQuickly() {
        String slow = "::q:: never closed {=a\n" + "x\n\n".repeat(200_000);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(ContentException.class, () -> GiftParser.parse("quiz.en.gift", slow)));
    }
}
