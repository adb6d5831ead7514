package org.capacityacademy.courseformat.yaml;

import org.capacityacademy.courseformat.yaml.YamlDocument.Located;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes of a {@link YamlDocument}, each made on its text: a scalar is written over its own
 * characters, a new field is put after the last field of its map at that map's indentation, a
 * removed field takes its lines with it, and a value that changes shape (a text becoming a map, a
 * list changing length) is written anew over its own lines. Every step reads the text again, so
 * that the next one works on what is really there.
 */
final class YamlEdit {

    private YamlEdit() {
    }

    static YamlDocument set(YamlDocument document, List<Object> path, Object value) {
        Node target = document.node(path);
        if (target != null && YamlDocument.same(YamlLoading.value(target), value)) {
            return document;
        }
        if (target == null) {
            return insert(document, path, value);
        }
        if (target instanceof ScalarNode scalar && !(value instanceof Map<?, ?>) && !(value instanceof List<?>)) {
            int from = document.offset(scalar.getStartMark().getIndex());
            int to = contentEnd(document, scalar);
            ScalarStyle style = scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED
                    ? ScalarStyle.DOUBLE_QUOTED : scalar.getScalarStyle();
            return document.splice(from, to, YamlText.scalar(value, style, insideFlow(document, path)));
        }
        if (target instanceof MappingNode && value instanceof Map<?, ?> map) {
            YamlDocument changed = document;
            for (Map.Entry<?, ?> field : map.entrySet()) {
                changed = changed.with(append(path, String.valueOf(field.getKey())), field.getValue());
            }
            for (String key : changed.keys(path.toArray())) {
                if (map.keySet().stream().map(String::valueOf).noneMatch(key::equals)) {
                    changed = changed.without(append(path, key));
                }
            }
            return changed;
        }
        if (target instanceof SequenceNode sequence && value instanceof List<?> list && list.size() == sequence.getValue().size()) {
            YamlDocument changed = document;
            for (int i = 0; i < list.size(); i++) {
                changed = changed.with(append(path, i), list.get(i));
            }
            return changed;
        }
        return rewrite(document, path, value);
    }

    /** A value where there was none: a field added to its map, made with the maps around it that are missing too. */
    private static YamlDocument insert(YamlDocument document, List<Object> path, Object value) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a document is a map of fields");
        }
        List<Object> parentPath = path.subList(0, path.size() - 1);
        Object step = path.get(path.size() - 1);
        Node parent = parentPath.isEmpty() ? document.parsed().root() : document.node(parentPath);
        if (parentPath.isEmpty() && parent == null) {
            String text = document.text();
            String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            return YamlDocument.of(text + separator + YamlText.entry("", String.valueOf(step), value));
        }
        if (parent == null) {
            if (step instanceof Integer) {
                throw new IllegalArgumentException("no list at " + parentPath);
            }
            Map<String, Object> nested = new LinkedHashMap<>();
            nested.put(String.valueOf(step), value);
            return set(document, new ArrayList<>(parentPath), nested);
        }
        if (parent instanceof MappingNode mapping && !(step instanceof Integer)) {
            if (mapping.getFlowStyle() == FlowStyle.FLOW || mapping.getValue().isEmpty()) {
                Map<String, Object> merged = new LinkedHashMap<>();
                document.keys(parentPath.toArray()).forEach(key -> merged.put(key, document.get(append(parentPath, key).toArray())));
                merged.put(String.valueOf(step), value);
                return rewrite(document, parentPath, merged);
            }
            NodeTuple last = mapping.getValue().get(mapping.getValue().size() - 1);
            int at = lineEndAfter(document, contentEnd(document, last.getValueNode()));
            String indent = " ".repeat(column(document, mapping.getValue().get(0).getKeyNode()));
            String text = document.text();
            String separator = at == text.length() && !text.isEmpty() && !text.endsWith("\n") ? "\n" : "";
            return document.splice(at, at, separator + YamlText.entry(indent, String.valueOf(step), value));
        }
        if (parent instanceof SequenceNode sequence && step instanceof Integer index && index == sequence.getValue().size()) {
            List<Object> items = new ArrayList<>((List<?>) YamlLoading.value(sequence));
            items.add(value);
            return rewrite(document, parentPath, items);
        }
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put(String.valueOf(step), value);
        return rewrite(document, parentPath, nested);
    }

    static YamlDocument remove(YamlDocument document, List<Object> path) {
        List<Object> parentPath = path.subList(0, path.size() - 1);
        Object step = path.get(path.size() - 1);
        Node parent = parentPath.isEmpty() ? document.parsed().root() : document.node(parentPath);
        if (parent instanceof MappingNode mapping && mapping.getFlowStyle() != FlowStyle.FLOW) {
            Located field = YamlDocument.child(mapping, step);
            if (mapping.getValue().size() == 1 && !parentPath.isEmpty()) {
                return rewrite(document, parentPath, new LinkedHashMap<>());
            }
            int keyAt = document.offset(field.at().getStartMark().getIndex());
            int lineStart = lineStart(document, keyAt);
            if (document.text().substring(lineStart, keyAt).isBlank()) {
                return document.splice(lineStart, lineEndAfter(document, contentEnd(document, field.value())), "");
            }
        }
        Object rest = YamlLoading.value(parent);
        if (rest instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            document.keys(parentPath.toArray()).stream().filter(key -> !key.equals(String.valueOf(step)))
                    .forEach(key -> fields.put(key, document.get(append(parentPath, key).toArray())));
            return rewrite(document, parentPath, fields);
        }
        List<Object> items = new ArrayList<>((List<?>) rest);
        items.remove((int) (Integer) step);
        return rewrite(document, parentPath, items);
    }

    /** The value at a path written anew over the lines it took, in the file's layout (in brackets if it was). */
    private static YamlDocument rewrite(YamlDocument document, List<Object> path, Object value) {
        if (path.isEmpty()) {
            String text = document.text();
            StringBuilder fields = new StringBuilder();
            ((Map<?, ?>) value).forEach((key, item) -> fields.append(YamlText.entry("", String.valueOf(key), item)));
            Node root = document.parsed().root();
            int from = root == null ? text.length() : lineStart(document, document.offset(root.getStartMark().getIndex()));
            int to = root == null ? text.length() : lineEndAfter(document, contentEnd(document, root));
            return document.splice(from, to, fields.toString());
        }
        List<Object> parentPath = path.subList(0, path.size() - 1);
        Object step = path.get(path.size() - 1);
        Node parent = parentPath.isEmpty() ? document.parsed().root() : document.node(parentPath);
        if (parent instanceof MappingNode mapping && mapping.getFlowStyle() != FlowStyle.FLOW) {
            Located field = YamlDocument.child(mapping, step);
            int from = document.offset(field.at().getStartMark().getIndex());
            int to = lineEndAfter(document, contentEnd(document, field.value()));
            String indent = " ".repeat(column(document, field.at()));
            boolean wasFlow = field.value() instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.FLOW;
            String written = wasFlow && YamlText.flowable(value)
                    ? indent + YamlText.scalar(String.valueOf(step)) + ": " + YamlText.flow(value) + "\n"
                    : YamlText.entry(indent, String.valueOf(step), value);
            return document.splice(from, to, written.substring(indent.length()));
        }
        Object whole = YamlLoading.value(parent);
        if (whole instanceof Map<?, ?>) {
            Map<String, Object> fields = new LinkedHashMap<>();
            document.keys(parentPath.toArray()).forEach(key -> fields.put(key, document.get(append(parentPath, key).toArray())));
            fields.put(String.valueOf(step), value);
            if (parent instanceof MappingNode mapping && YamlText.flowable(fields)) {
                return flowInPlace(document, mapping, fields);
            }
            return rewrite(document, new ArrayList<>(parentPath), fields);
        }
        List<Object> items = new ArrayList<>((List<?>) whole);
        items.set((Integer) step, value);
        if (parent instanceof SequenceNode sequence && sequence.getFlowStyle() == FlowStyle.FLOW && YamlText.flowable(items)) {
            return flowInPlace(document, sequence, items);
        }
        return rewrite(document, new ArrayList<>(parentPath), items);
    }

    /** A collection in brackets or braces written anew over its own characters. */
    private static YamlDocument flowInPlace(YamlDocument document, CollectionNode<?> collection, Object value) {
        return document.splice(document.offset(collection.getStartMark().getIndex()),
                document.offset(collection.getEndMark().getIndex()), YamlText.flow(value));
    }

    /** Where a value's own text ends: after its last character (a block text's line breaks and a map's trailing comments not included). */
    static int contentEnd(YamlDocument document, Node node) {
        if (node instanceof ScalarNode scalar) {
            int start = document.offset(scalar.getStartMark().getIndex());
            int end = document.offset(scalar.getEndMark().getIndex());
            if (scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED) {
                while (end > start && Character.isWhitespace(document.text().charAt(end - 1))) {
                    end--;
                }
            }
            return end;
        }
        CollectionNode<?> collection = (CollectionNode<?>) node;
        if (collection.getFlowStyle() == FlowStyle.FLOW) {
            return document.offset(collection.getEndMark().getIndex());
        }
        int end = document.offset(collection.getStartMark().getIndex());
        if (node instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                end = Math.max(end, Math.max(contentEnd(document, entry.getKeyNode()), contentEnd(document, entry.getValueNode())));
            }
        } else {
            for (Node item : ((SequenceNode) node).getValue()) {
                end = Math.max(end, contentEnd(document, item));
            }
        }
        return end;
    }

    private static boolean insideFlow(YamlDocument document, List<Object> path) {
        for (int i = 0; i < path.size(); i++) {
            Node node = i == 0 ? document.parsed().root() : document.node(path.subList(0, i));
            if (node instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.FLOW) {
                return true;
            }
        }
        return false;
    }

    /** The start of the next line after a position (the text's end when there is none). */
    private static int lineEndAfter(YamlDocument document, int position) {
        int end = document.text().indexOf('\n', position);
        return end < 0 ? document.text().length() : end + 1;
    }

    private static int lineStart(YamlDocument document, int position) {
        return position == 0 ? 0 : document.text().lastIndexOf('\n', position - 1) + 1;
    }

    private static int column(YamlDocument document, Node node) {
        int at = document.offset(node.getStartMark().getIndex());
        return at - lineStart(document, at);
    }

    private static List<Object> append(List<?> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }
}
