package org.capacityacademy.courseformat.html;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans what a Markdown text holds, in the text itself: its HTML (blocks and inline tags) tag by
 * tag, and the addresses of its links, images and link definitions, each where the parser found
 * it. Everything else, the Markdown included, stays as written.
 */
final class MarkdownCleaning {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):.*", Pattern.DOTALL);
    private static final List<String> SAFE_SCHEMES = List.of("http", "https", "mailto");
    private static final Pattern CODE_START = Pattern.compile("(?i)<(script|style|template)[\\s>/]");

    private record Change(int from, int to, String text) {
    }

    private MarkdownCleaning() {
    }

    /**
     * Cleans until nothing changes: removing a tag can join the text around it into a new one
     * ({@code <scr<script>ipt>} becomes {@code <script>}), which the next round removes.
     */
    static String clean(String markdown) {
        String cleaned = markdown;
        for (int round = 0; round < 10; round++) {
            String again = once(cleaned);
            if (again.equals(cleaned)) {
                return cleaned;
            }
            cleaned = again;
        }
        return HtmlTags.clean(cleaned).replace("<", "&lt;");
    }

    private static String once(String markdown) {
        if (markdown == null || (markdown.indexOf('<') < 0 && markdown.indexOf(':') < 0)) {
            return markdown;
        }
        List<Change> changes = new ArrayList<>();
        java.util.Set<Node> consumed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                html(block);
            }

            @Override
            public void visit(HtmlInline inline) {
                if (consumed.contains(inline)) {
                    return;
                }
                java.util.regex.Matcher code = CODE_START.matcher(inline.getLiteral());
                if (code.lookingAt()) {
                    // <script>…</script> inside a paragraph: the code between the tags goes with them
                    List<Node> between = new ArrayList<>();
                    String end = "</" + code.group(1).toLowerCase(Locale.ROOT);
                    for (Node next = inline.getNext(); next != null; next = next.getNext()) {
                        between.add(next);
                        if (next instanceof HtmlInline closing && closing.getLiteral().toLowerCase(Locale.ROOT).startsWith(end)) {
                            int[] from = range(inline);
                            int[] to = range(closing);
                            if (from != null && to != null) {
                                consumed.addAll(between);
                                changes.add(new Change(from[0], to[1], ""));
                                return;
                            }
                        }
                    }
                }
                html(inline);
            }

            @Override
            public void visit(org.commonmark.node.Text text) {
                // what the parser did not take for a tag (<img src=x onerror=alert('x')>, whose value it finds
                // malformed) is text here, but could be a tag to a laxer reader: cleaned the same way
                html(text);
            }

            @Override
            public void visit(Link link) {
                address(link, link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                address(image, image.getDestination());
                visitChildren(image);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                address(definition, definition.getDestination());
            }

            private void html(Node node) {
                int[] range = range(node);
                if (range != null) {
                    String text = markdown.substring(range[0], range[1]);
                    String clean = HtmlTags.clean(text);
                    if (!clean.equals(text)) {
                        changes.add(new Change(range[0], range[1], clean));
                    }
                }
            }

            private void address(Node node, String destination) {
                int[] range = range(node);
                if (range == null || destination == null || safe(destination)) {
                    return;
                }
                String text = markdown.substring(range[0], range[1]);
                if (text.startsWith("<")) {
                    changes.add(new Change(range[0], range[1], ""));   // an autolink: the address is all it shows
                    return;
                }
                int inline = text.lastIndexOf("](");
                if (node instanceof LinkReferenceDefinition) {
                    int at = text.lastIndexOf(destination);
                    int colon = text.indexOf("]:");
                    changes.add(at > colon && colon >= 0 ? new Change(range[0] + at, range[0] + at + destination.length(), "#")
                            : new Change(range[0], range[1], ""));
                    return;
                }
                if (inline < 0) {
                    return;   // a reference such as [x][r]: its definition is cleaned where it stands
                }
                int at = text.indexOf(destination, inline);
                int end = text.lastIndexOf(')');
                if (at >= 0) {
                    changes.add(new Change(range[0] + at, range[0] + at + destination.length(), "#"));
                } else if (end > inline) {
                    changes.add(new Change(range[0] + inline + 2, range[0] + end, "#"));
                }
            }
        });
        if (changes.isEmpty()) {
            return markdown;
        }
        changes.sort(Comparator.comparingInt(Change::from).reversed());
        StringBuilder cleaned = new StringBuilder(markdown);
        int limit = Integer.MAX_VALUE;
        for (Change change : changes) {
            if (change.to() <= limit) {
                cleaned.replace(change.from(), change.to(), change.text());
                limit = change.from();
            }
        }
        return cleaned.toString();
    }

    /** Where a node is in the text, from its first span to the end of its last; null when the parser did not say. */
    private static int[] range(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans == null || spans.isEmpty()) {
            return null;
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return new int[]{spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength()};
    }

    /** An address with no scheme (relative), or one of http, https and mailto. */
    static boolean safe(String destination) {
        String plain = destination.replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
        var scheme = SCHEME.matcher(plain);
        return !scheme.matches() || SAFE_SCHEMES.contains(scheme.group(1));
    }
}
