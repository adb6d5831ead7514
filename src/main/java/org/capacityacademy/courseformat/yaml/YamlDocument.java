package org.capacityacademy.courseformat.yaml;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One YAML document of a course file, kept as its text: reading it gives its values and the line
 * of each, and a change gives a new document in which only the changed value's text differs, so
 * that keys keep their order, scalars their quotes, and comments and blank lines their place.
 * An unchanged document is its text byte for byte. Immutable.
 *
 * <p>A path names a value: keys of maps (as written in the file) and indexes of lists, e.g.
 * {@code ("finalAssessment", "title", "en")} or {@code ("terms", 0, "explanation")}.
 */
public final class YamlDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String text;
    private transient Parsed parsed;
    private transient Map<Node, Object> values;

    /** The text read: its node tree (null when empty or unreadable), why it is unreadable, and character offsets. */
    record Parsed(Node root, YamlProblem problem, int[] charOfCodePoint) {
    }

    /** Why a document cannot be read, at a line of it (1 for the first). */
    public record YamlProblem(int line, String message) implements Serializable {
    }

    private YamlDocument(String text) {
        this.text = text;
    }

    public static YamlDocument of(String text) {
        return new YamlDocument(text == null ? "" : text);
    }

    /** The document's text, exactly as read or as changed. */
    public String text() {
        return text;
    }

    /** Why the document cannot be read, if it cannot. A document that is not fields ({@code key: value}) is unreadable too. */
    public java.util.Optional<YamlProblem> problem() {
        return java.util.Optional.ofNullable(parsed().problem());
    }

    public boolean readable() {
        return parsed().problem() == null;
    }

    Parsed parsed() {
        if (parsed == null) {
            parsed = parse(text);
        }
        return parsed;
    }

    private static Parsed parse(String text) {
        int[] offsets = offsets(text);
        try {
            Node root = YamlLoading.compose(text);
            if (root != null && !(root instanceof MappingNode)
                    && !(root instanceof ScalarNode scalar && scalar.getValue().isEmpty())) {
                return new Parsed(null, new YamlProblem(root.getStartMark().getLine() + 1, "expected YAML fields (key: value)"), offsets);
            }
            return new Parsed(root instanceof MappingNode ? root : null, null, offsets);
        } catch (YamlLoading.Refused e) {
            return new Parsed(null, new YamlProblem(e.line, e.getMessage()), offsets);
        }
    }

    /** Where each code point starts in the text (SnakeYAML counts code points); null when they are the chars. */
    private static int[] offsets(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            return null;
        }
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
        int point = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            offsets[point++] = i;
        }
        offsets[point] = text.length();
        return offsets;
    }

    /** The character offset in the text of a SnakeYAML index. */
    int offset(int codePointIndex) {
        int[] offsets = parsed().charOfCodePoint();
        int index = offsets == null ? codePointIndex : offsets[Math.min(codePointIndex, offsets.length - 1)];
        return Math.min(index, text.length());
    }

    // ----- reading

    /** The fields of the document, in their order; empty when it is empty or unreadable. */
    public Map<String, Object> fields() {
        return get() instanceof Map<?, ?> map ? stringKeys(map) : new LinkedHashMap<>();
    }

    /** The value at a path (the whole document for none); null when there is none. */
    public Object get(Object... path) {
        Node node = node(List.of(path));
        if (node == null) {
            return null;
        }
        if (values == null) {
            values = YamlLoading.values(parsed().root());
        }
        return values.containsKey(node) ? values.get(node) : YamlLoading.value(node);
    }

    public boolean has(Object... path) {
        return node(List.of(path)) != null;
    }

    /**
     * The line (1 for the first) of the value at a path: of its key in a map, of the item in a
     * list; for a path that is not there, the line of the nearest value around it that is.
     */
    public int line(Object... path) {
        Node node = parsed().root();
        if (node == null) {
            return parsed().problem() == null ? 1 : parsed().problem().line();
        }
        int line = 1;
        for (Object step : path) {
            Located next = child(node, step);
            if (next == null) {
                return line;
            }
            line = next.at().getStartMark().getLine() + 1;
            node = next.value();
        }
        return line;
    }

    /** The keys of the map at a path, as written, in their order. */
    public List<String> keys(Object... path) {
        Node node = node(List.of(path));
        List<String> keys = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(entry -> keys.add(((ScalarNode) entry.getKeyNode()).getValue()));
        }
        return keys;
    }

    /** How many items the list at a path has; 0 when it is not a list. */
    public int size(Object... path) {
        return node(List.of(path)) instanceof SequenceNode sequence ? sequence.getValue().size() : 0;
    }

    /** Every path to a text (string scalar) in the document, in the document's order. */
    public List<List<Object>> textPaths() {
        List<List<Object>> paths = new ArrayList<>();
        if (parsed().root() != null) {
            textPaths(parsed().root(), new ArrayList<>(), paths);
        }
        return paths;
    }

    private static void textPaths(Node node, List<Object> path, List<List<Object>> into) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                path.add(((ScalarNode) entry.getKeyNode()).getValue());
                textPaths(entry.getValueNode(), path, into);
                path.remove(path.size() - 1);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                path.add(i);
                textPaths(sequence.getValue().get(i), path, into);
                path.remove(path.size() - 1);
            }
        } else if (node instanceof ScalarNode scalar && scalar.getTag().equals(org.yaml.snakeyaml.nodes.Tag.STR)) {
            into.add(List.copyOf(path));
        }
    }

    /** A node found by a step of a path: the value, and where it is named (its key, or itself in a list). */
    record Located(Node at, Node value, MappingNode parentMap, int index) {
    }

    Node node(List<?> path) {
        Node node = parsed().root();
        for (Object step : path) {
            if (node == null) {
                return null;
            }
            Located next = child(node, step);
            node = next == null ? null : next.value();
        }
        return node;
    }

    static Located child(Node node, Object step) {
        if (node instanceof MappingNode mapping && !(step instanceof Integer)) {
            List<NodeTuple> entries = mapping.getValue();
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).getKeyNode() instanceof ScalarNode key && key.getValue().equals(String.valueOf(step))) {
                    return new Located(key, entries.get(i).getValueNode(), mapping, i);
                }
            }
        } else if (node instanceof SequenceNode sequence && step instanceof Integer index
                && index >= 0 && index < sequence.getValue().size()) {
            Node item = sequence.getValue().get(index);
            return new Located(item, item, null, index);
        }
        return null;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((key, value) -> fields.put(String.valueOf(key), value));
        return fields;
    }

    // ----- changing

    /**
     * The document with the value at a path set: nothing else in its text changes. A map is set
     * field by field (fields it lacks are removed, new ones added after the others), a list item
     * by item while it keeps its length; a value that cannot be written in place is written anew
     * in the file's layout. Setting null removes the value.
     */
    public YamlDocument with(List<?> path, Object value) {
        if (value == null) {
            return without(path);
        }
        if (!readable()) {
            throw new IllegalStateException("an unreadable document cannot be changed: " + parsed().problem());
        }
        return YamlEdit.set(this, List.copyOf(path), value);
    }

    /** The document without the value at a path; itself when there is none. */
    public YamlDocument without(List<?> path) {
        if (!readable() || node(path) == null || path.isEmpty()) {
            return this;
        }
        return YamlEdit.remove(this, List.copyOf(path));
    }

    /** The document's text with a part replaced, read again. */
    YamlDocument splice(int from, int to, String replacement) {
        return of(text.substring(0, from) + replacement + text.substring(to));
    }

    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.longValue() == y.longValue() && x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof YamlDocument document && document.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
