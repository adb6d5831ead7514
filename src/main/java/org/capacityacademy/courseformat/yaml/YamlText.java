package org.capacityacademy.courseformat.yaml;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Values written as YAML in the layout of {@code courses/README.md}: one field a line, nested fields
 * indented by two spaces, short lists of short values in brackets, longer ones one {@code - item}
 * a line, and a text plain when YAML reads it back as the same text, quoted otherwise (in the
 * quotes the file already used for it, when it had some).
 */
public final class YamlText {

    private static final Pattern PLAIN_CANDIDATE = Pattern.compile("[^\\s\"'\\[\\]{},&*!|>%@`#].*");
    /** A list written in brackets when its items are this short together. */
    private static final int FLOW_WIDTH = 60;

    private YamlText() {
    }

    /** A value as YAML reads it back: plain when it can be, double-quoted otherwise. */
    public static String scalar(Object value) {
        return scalar(value, ScalarStyle.PLAIN, false);
    }

    /**
     * A value written in place of one that had {@code style}: double quotes stay double, single
     * stay single when the text can be single-quoted, and plain stays plain when it reads back.
     *
     * @param inFlow whether it stands inside brackets or braces, where {@code , [ ] { }} end a plain value
     */
    static String scalar(Object value, ScalarStyle style, boolean inFlow) {
        if (value == null) {
            return "null";
        }
        if (!(value instanceof String text)) {
            return String.valueOf(value);
        }
        if (style == ScalarStyle.DOUBLE_QUOTED) {
            return doubleQuoted(text);
        }
        if (style == ScalarStyle.SINGLE_QUOTED && text.chars().noneMatch(c -> c < 0x20 || c == 0x7f)) {
            return "'" + text.replace("'", "''") + "'";
        }
        return readsBackPlain(text, inFlow) ? text : doubleQuoted(text);
    }

    private static boolean readsBackPlain(String text, boolean inFlow) {
        if (text.isEmpty() || !PLAIN_CANDIDATE.matcher(text).matches() || text.contains("\n")
                || !text.equals(text.strip()) || text.contains(" #") || text.contains(": ") || text.endsWith(":")) {
            return false;
        }
        String document = inFlow ? "k: [" + text + "]" : "k: " + text;
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(document);
            Object read = parsed instanceof Map<?, ?> map ? map.get("k") : null;
            return inFlow ? read instanceof List<?> list && list.size() == 1 && text.equals(list.get(0)) : text.equals(read);
        } catch (YAMLException e) {
            return false;
        }
    }

    public static String doubleQuoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                case '\u0085' -> quoted.append("\\N");
                case '\u2028' -> quoted.append("\\L");
                case '\u2029' -> quoted.append("\\P");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** Whether a value fits in brackets or braces on one line: scalars only, short together. */
    static boolean flowable(Object value) {
        java.util.Collection<?> items = value instanceof Map<?, ?> map ? map.values() : value instanceof List<?> list ? list : null;
        if (items == null) {
            return false;
        }
        int width = 0;
        for (Object item : items) {
            if (item instanceof Map<?, ?> || item instanceof List<?> || String.valueOf(item).contains("\n")) {
                return false;
            }
            width += String.valueOf(item).length() + 2;
        }
        return width <= FLOW_WIDTH;
    }

    /** A list or map in brackets or braces, e.g. {@code [zh, en]} or {@code {zh: 中文, en: English}}. */
    static String flow(Object value) {
        StringBuilder out = new StringBuilder();
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            map.forEach((key, item) -> out.append(out.length() > 1 ? ", " : "").append(scalar(String.valueOf(key), ScalarStyle.PLAIN, true))
                    .append(": ").append(scalar(item, ScalarStyle.PLAIN, true)));
            return out.append('}').toString();
        }
        out.append('[');
        for (Object item : (List<?>) value) {
            out.append(out.length() > 1 ? ", " : "").append(scalar(item, ScalarStyle.PLAIN, true));
        }
        return out.append(']').toString();
    }

    /** {@code key: value} at an indentation, ending with a line break; a map or a long list below the key, indented. */
    public static String entry(String indent, String key, Object value) {
        StringBuilder out = new StringBuilder(indent).append(scalar(key)).append(':');
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            map.forEach((k, v) -> out.append(entry(indent + "  ", String.valueOf(k), v)));
        } else if (value instanceof List<?> list && !list.isEmpty() && !(flowable(list) && list.stream().noneMatch(i -> i instanceof Map))) {
            out.append('\n');
            list.forEach(item -> out.append(item(indent + "  ", item)));
        } else {
            out.append(' ').append(inline(value)).append('\n');
        }
        return out.toString();
    }

    /** One {@code - item} of a list at an indentation; a map's fields follow the dash. */
    static String item(String indent, Object value) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            StringBuilder fields = new StringBuilder();
            map.forEach((k, v) -> fields.append(entry(indent + "  ", String.valueOf(k), v)));
            return indent + "- " + fields.substring(indent.length() + 2);
        }
        if (value instanceof List<?> list && !list.isEmpty() && !flowable(list)) {
            StringBuilder items = new StringBuilder();
            list.forEach(i -> items.append(item(indent + "  ", i)));
            return indent + "- " + items.substring(indent.length() + 2);
        }
        return indent + "- " + inline(value) + "\n";
    }

    /** A value that fits after {@code key: } on the same line. */
    static String inline(Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return flow(value);
        }
        return scalar(value);
    }
}
