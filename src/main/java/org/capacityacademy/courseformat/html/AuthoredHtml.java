package org.capacityacademy.courseformat.html;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one policy for the HTML that instructors write: lesson Markdown may hold HTML, and what
 * it renders to keeps only an allow-list of elements and attributes. Applied when a lesson is
 * imported or published (what is stored) and again when it is shown (so a row written by an
 * older version, or by hand, cannot put anything else on a page).
 *
 * <p>Kept: headings (an {@code h1} becomes {@code h2}: the page's one {@code h1} is the lesson's
 * title), paragraphs, lists, emphasis, quotations, code, abbreviations, tables, and links whose
 * address is http, https, mailto or relative, each given {@code rel="nofollow noopener"}.
 * {@code lang} and {@code dir} are kept everywhere, for a phrase in another language or script.
 *
 * <p>Removed: script and style (elements and attributes), event handlers, other URL schemes
 * ({@code javascript:}, {@code data:}, {@code vbscript:}), frames, objects, forms, SVG and MathML,
 * and images. Images go because the platform loads nothing from other hosts and has no media
 * library of its own yet; an image pointing at one of our own addresses would make every reader's
 * browser request that address, which a lesson has no business doing.
 */
public final class AuthoredHtml {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(false).sanitizeUrls(true).build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
                    "strong", "em", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "q", "cite",
                    "dfn", "kbd", "samp", "var", "blockquote", "code", "pre", "abbr", "span", "div",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .allowElements((name, attributes) -> "h2", "h1")
            .allowAttributes("title").onElements("abbr", "dfn")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[1-9]\\d{0,2}")).onElements("th", "td")
            .allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,40}")).onElements("code")
            .allowAttributes("lang").matching(Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}")).globally()
            .allowAttributes("dir").matching(true, "ltr", "rtl", "auto").globally()
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private AuthoredHtml() {
    }

    /**
     * The sanitiser writes full-width characters as references ({@code &#xff0c;}) for systems that
     * fold them into ASCII; browsers do not, and Chinese text is full of them (，：；（）). They are
     * written back as characters, except the full-width forms of {@code < > & " ' ` =}.
     */
    private static final Pattern FULL_WIDTH = Pattern.compile("&#x(ff[0-9a-f]{2});");
    private static final String KEPT_ESCAPED = "\uFF1C\uFF1E\uFF06\uFF02\uFF07\uFF40\uFF1D";

    /** Authored HTML with everything outside the policy removed; null stays null. */
    public static String sanitise(String html) {
        if (html == null) {
            return null;
        }
        return FULL_WIDTH.matcher(POLICY.sanitize(html)).replaceAll(reference -> {
            String character = Character.toString(Integer.parseInt(reference.group(1), 16));
            return Matcher.quoteReplacement(KEPT_ESCAPED.contains(character) ? reference.group() : character);
        });
    }

    /**
     * Stored HTML cleaned again as it is shown, remembered by its text: a lesson page is a hot
     * path, and sanitising a lesson costs about a millisecond, so each stored text is cleaned
     * once per server. Bounded: emptied when it holds more texts than a catalogue has.
     */
    public static String shown(String html) {
        if (html == null) {
            return null;
        }
        String clean = SHOWN.get(html);
        if (clean == null) {
            clean = sanitise(html);
            if (SHOWN.size() >= SHOWN_LIMIT) {
                SHOWN.clear();
            }
            SHOWN.put(html, clean);
        }
        return clean;
    }

    private static final int SHOWN_LIMIT = 5_000;
    private static final Map<String, String> SHOWN = new ConcurrentHashMap<>();

    /**
     * Text that is not HTML but may carry some (a title, a plain question, a file of a zip), with
     * every tag that could run script cleaned and nothing else changed, so that no file the
     * platform keeps or exports carries a payload to another system that reads it as HTML.
     */
    public static String cleanText(String text) {
        return HtmlTags.clean(text);
    }

    /**
     * Markdown with what it holds cleaned and its Markdown kept: HTML in it as {@link #cleanText}
     * cleans it, and links and images whose address is not http, https, mailto or relative given
     * the address {@code #}. A clean text is returned as it is.
     */
    public static String cleanMarkdown(String markdown) {
        return MarkdownCleaning.clean(markdown);
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("</p>\\s*<p(\\s[^>]*)?>");
    private static final Pattern PARAGRAPH = Pattern.compile("</?p(\\s[^>]*)?>");

    /**
     * HTML (of a question imported as HTML) as phrasing content, for a legend, a label or a
     * paragraph: cleaned by the policy as it is shown, its paragraphs joined by line breaks.
     */
    public static String phrasing(String html) {
        String clean = shown(html).strip();
        return PARAGRAPH.matcher(PARAGRAPH_BREAK.matcher(clean).replaceAll("<br />")).replaceAll("");
    }

    /** A lesson's Markdown (which may hold HTML) as sanitised HTML: what is stored and shown. */
    public static String fromMarkdown(String markdown) {
        return sanitise(RENDERER.render(MARKDOWN.parse(markdown == null ? "" : markdown)));
    }
}
