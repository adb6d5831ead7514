package org.capacityacademy.courseformat.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML tags in a text, cleaned one by one without touching anything else: a tag that could run
 * script or load something (a {@code script} or {@code iframe}, an event handler such as
 * {@code onerror=}, a {@code javascript:} or {@code data:} address, a style) is put through
 * {@link AuthoredHtml}'s policy, which keeps what it allows and drops the rest (the whole tag,
 * for an element it does not allow); the content of {@code script}, {@code style} and
 * {@code template} goes with them. Every other tag, and all text that is not a tag (such as
 * "a &lt; b"), stays exactly as written, so that cleaning what an author wrote changes nothing
 * an author meant.
 */
final class HtmlTags {

    /** A tag, a comment or a declaration: {@code <} then a letter, {@code /}, {@code !} or {@code ?}. */
    private static final Pattern TAG = Pattern.compile("<!--.*?(?:-->|$)|<[!?][^<>]*>?|</?[A-Za-z][^<>]*>?", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("^</?([A-Za-z][A-Za-z0-9:-]*)");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    /** Elements that run script or load things by being there. */
    private static final Set<String> ACTIVE = Set.of("script", "style", "iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "link", "meta", "form", "svg", "math", "template", "noscript", "xmp", "noembed", "noframes",
            "plaintext", "portal", "param", "audio", "video", "source", "track", "html", "head", "body", "title");
    /** Elements whose content goes with them: it is code, not text. */
    private static final Set<String> CODE = Set.of("script", "style", "template");
    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "data", "background",
            "poster", "codebase", "cite", "dynsrc", "lowsrc", "xlink:href", "srcset", "longdesc", "usemap", "ping");
    /** An address that cannot run anything: http(s), mailto, or relative without a scheme and without references. */
    private static final Pattern SAFE_ADDRESS = Pattern.compile("(?i)\\s*(https?://|mailto:|[#/?.]|[^:&]*$)[^&]*");

    private HtmlTags() {
    }

    /** The text with its dangerous tags cleaned (and the code inside script and style removed); itself when it has none. */
    static String clean(String text) {
        String cleaned = text;
        for (int round = 0; round < 10; round++) {
            String again = once(cleaned);
            if (again == null || again.equals(cleaned)) {
                return again;
            }
            cleaned = again;
        }
        return cleaned.replace("<", "&lt;");
    }

    /** One round: removing a tag can join the text around it into a new one, which the next round cleans. */
    private static String once(String text) {
        if (text == null || text.indexOf('<') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher tag = TAG.matcher(text);
        int at = 0;
        while (tag.find(at)) {
            out.append(text, at, tag.start());
            String found = tag.group();
            at = tag.end();
            String name = name(found);
            if (name != null && CODE.contains(name) && !found.startsWith("</")) {
                Matcher end = Pattern.compile("</" + name + "\\s*>", Pattern.CASE_INSENSITIVE).matcher(text);
                at = end.find(at) ? end.end() : tag.end();   // no end: the tag goes, what follows is text
                continue;
            }
            out.append(cleanTag(found));
        }
        return out.append(text, at, text.length()).toString();
    }

    /** One tag as it may stay: itself when harmless, what the policy keeps of it otherwise. */
    static String cleanTag(String tag) {
        if (tag.startsWith("<!--")) {
            return tag.endsWith("-->") && !tag.substring(4, tag.length() - 3).contains("<") ? tag : "";
        }
        if (tag.startsWith("<!") || tag.startsWith("<?") || !tag.endsWith(">")) {
            return "";
        }
        String name = name(tag);
        if (name == null) {
            return tag;
        }
        if (ACTIVE.contains(name)) {
            return "";
        }
        if (tag.startsWith("</") || !dangerous(tag.substring(1 + name.length()))) {
            return tag;
        }
        String kept = AuthoredHtml.sanitise(tag + "</" + name + ">");
        int close = kept.indexOf('>');
        return close < 0 ? "" : kept.substring(0, close + 1);
    }

    private static boolean dangerous(String attributes) {
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT).replace("\\", "");
            String value = attribute.group(2) == null ? "" : unquoted(attribute.group(2)).replace("\\", "");
            if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("is")
                    || (ADDRESSES.contains(name) && !SAFE_ADDRESS.matcher(value).matches())) {
                return true;
            }
            if (value.toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "").matches(".*(javascript|vbscript|livescript):.*")) {
                return true;
            }
        }
        return false;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'') ? value.substring(1, value.length() - 1) : value;
    }

    private static String name(String tag) {
        Matcher name = NAME.matcher(tag);
        return name.find() ? name.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
