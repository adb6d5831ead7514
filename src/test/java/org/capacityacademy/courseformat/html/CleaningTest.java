package org.capacityacademy.courseformat.html;

import org.capacityacademy.courseformat.CourseCleaning;
import org.capacityacademy.courseformat.CourseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What an author wrote, cleaned before it is stored: the Markdown kept, every payload gone (from the
 * text and from what it renders to), and a clean text left byte for byte.
 */
class CleaningTest {

    private static final List<String> PAYLOADS = List.of("<script", "onerror", "onload", "onclick", "onmouseover", "onfocus",
            "ontoggle", "javascript:", "vbscript:", "<iframe", "srcdoc", "expression(");

    private static void assertNoPayload(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        PAYLOADS.forEach(payload -> assertFalse(lower.contains(payload.replaceAll("\\s", "")), () -> payload + " left in " + text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert('XSS')</script>",
            "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
            "<scr<script>ipt>alert('XSS')</scr</script>ipt>",
            "<img src=x onerror=alert('XSS')>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<a href=\"javascript:alert('XSS')\">click</a>",
            "<a href=\"JaVaScRiPt:alert('XSS')\">click</a>",
            "<a href=\"jav&#x09;ascript:alert('XSS');\">click</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">click</a>",
            "<a href=\"vbscript:msgbox('XSS')\">click</a>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<p style=\"background-image: url(javascript:alert('XSS'))\">styled</p>",
            "<div style=\"width: expression(alert('XSS'));\">styled</div>",
            "<svg onload=alert(1)>",
            "<body onload=alert('XSS')>",
            "<div onmouseover=\"alert('XSS')\">hover</div>",
            "<details open ontoggle=alert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "[click](javascript:alert(1))",
            "[click]( javascript:alert(1) \"title\")",
            "<javascript:alert(1)>",
            "[ref]: javascript:alert(1)\n\nSee [the report][ref].",
            "![image](javascript:alert(1))",
            "Text <b onclick=\"alert(1)\">bold</b> and *Markdown*."})
    void everyPayloadGoesFromTheMarkdownAndFromWhatItRendersTo(String payload) {
        String markdown = "## A heading\n\nSome text, then:\n\n" + payload + "\n\nAnd the end.\n";
        String cleaned = AuthoredHtml.cleanMarkdown(markdown);
        assertNoPayload(cleaned);
        assertNoPayload(AuthoredHtml.fromMarkdown(cleaned));
        assertEquals(cleaned, AuthoredHtml.cleanMarkdown(cleaned), "cleaning a clean text changes nothing");
        assertEquals(true, cleaned.startsWith("## A heading\n\nSome text, then:\n\n") && cleaned.endsWith("\n\nAnd the end.\n"),
                "the Markdown around it stays: " + cleaned);
    }

    @Test
    void aCleanTextStaysByteForByte() {
        for (String clean : List.of("Plain *Markdown* with a [link](https://www.un.org/) and a < b > c.",
                "<abbr title=\"information and communications technologies\">ICT</abbr> and <b>bold</b>",
                "| a | b |\n|---|---|\n| 1 | 2 |", "Mail <mailto:info@example.org> or see [para. 16](#para-16).",
                "国际法（第19段）：适用", "<!-- a note to authors -->\nText.")) {
            assertEquals(clean, AuthoredHtml.cleanMarkdown(clean));
            assertEquals(clean, AuthoredHtml.cleanText(clean));
        }
    }

    @Test
    void theShippedCourseIsCleanAlready() {
        Map<String, String> files = CourseFiles.folder(Path.of("courses/gge-2013")).all();
        assertEquals(files, CourseCleaning.clean(files), "cleaning changes nothing of a clean course");
    }

    @Test
    void eachKindOfFileIsCleanedAsWhatItIs() {
        String yaml = "id: c\ntitle:\n  en: \"A <img src=x onerror=alert(1)> title\"  # <script>x</script>\n";
        String cleanedYaml = CourseCleaning.clean("course.yaml", yaml);
        assertNoPayload(cleanedYaml);
        assertEquals(true, cleanedYaml.startsWith("id: c\ntitle:\n  en: \"A  title\""), cleanedYaml);
        String gift = "// cites: 16\n::q-1:: [html]<p onclick\\=\"x()\">Q<script>y()</script></p> {\n=<b>A</b>\n~B\n}\n\n"
                + "// cites: 17\n::q-2:: Clean {TRUE}\n";
        String cleanedGift = CourseCleaning.clean("modules/01-a/quiz.en.gift", gift);
        assertNoPayload(cleanedGift);
        assertEquals(true, cleanedGift.endsWith("\n// cites: 17\n::q-2:: Clean {TRUE}\n"), "a clean question keeps its text: " + cleanedGift);
        String lesson = "---\nid: l\ntitle:\n  en: T\n---\n<!-- en -->\nText <script>x()</script> [a](javascript:y())\n";
        assertEquals("---\nid: l\ntitle:\n  en: T\n---\n<!-- en -->\nText  [a](#)\n", CourseCleaning.clean("modules/01-a/01-l.md", lesson));
    }
}
