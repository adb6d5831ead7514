package org.capacityacademy.authoring.control;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the YAML of course files the way {@code courses/README.md} shows them: one field a
 * line, texts per language as an indented block, short lists in brackets, a value quoted
 * only when plain YAML would read it as something else (a number, {@code yes}, a comment).
 */
final class YamlWriter {

    private static final Pattern PLAIN_CANDIDATE = Pattern.compile("[^\\s\"'\\[\\]{},&*!|>%@`#].*");

    private final StringBuilder out = new StringBuilder();

    YamlWriter comment(List<String> lines) {
        lines.forEach(line -> out.append(line).append('\n'));
        return this;
    }

    YamlWriter field(int indent, String key, String value) {
        out.append("  ".repeat(indent)).append(key).append(": ").append(scalar(value)).append('\n');
        return this;
    }

    YamlWriter field(int indent, String key, int value) {
        out.append("  ".repeat(indent)).append(key).append(": ").append(value).append('\n');
        return this;
    }

    YamlWriter field(int indent, String key, boolean value) {
        out.append("  ".repeat(indent)).append(key).append(": ").append(value).append('\n');
        return this;
    }

    /** A list of short values in brackets, e.g. {@code languages: [zh, en]}. */
    YamlWriter list(int indent, String key, List<String> values) {
        out.append("  ".repeat(indent)).append(key).append(": [");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(inFlow(values.get(i)));
        }
        out.append("]\n");
        return this;
    }

    YamlWriter open(int indent, String key) {
        out.append("  ".repeat(indent)).append(key).append(":\n");
        return this;
    }

    /** A text in each language, in the order given, e.g. {@code title:} then {@code   zh: ...}. */
    YamlWriter texts(int indent, String key, Map<String, String> texts, List<String> order) {
        open(indent, key);
        for (String language : Texts.ordered(texts, order)) {
            field(indent + 1, language, texts.get(language));
        }
        return this;
    }

    /** Fields the editor does not know, kept as they were (written by SnakeYAML in block style, indented). */
    YamlWriter other(int indent, Map<String, Object> fields) {
        if (!fields.isEmpty()) {
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setIndent(2);
            options.setWidth(Integer.MAX_VALUE);
            options.setSplitLines(false);
            options.setAllowUnicode(true);
            String dumped = new Yaml(new Representer(options), options).dump(fields);
            dumped.lines().forEach(line -> out.append("  ".repeat(indent)).append(line).append('\n'));
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The value as plain YAML when that reads back as the same text, else double-quoted. */
    static String scalar(String value) {
        String text = value == null ? "" : value;
        return readsBackAs("k: " + text, text) ? text : quoted(text);
    }

    private static String inFlow(String value) {
        return readsBackAs("k: [" + value + "]", List.of(value)) ? value : quoted(value);
    }

    private static boolean readsBackAs(String document, Object expected) {
        String text = expected instanceof List<?> list ? String.valueOf(list.get(0)) : (String) expected;
        if (text.isEmpty() || !PLAIN_CANDIDATE.matcher(text).matches() || text.contains("\n")
                || !text.equals(text.strip())) {
            return false;
        }
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(document);
            return parsed instanceof Map<?, ?> map && expected.equals(map.get("k"));
        } catch (YAMLException e) {
            return false;
        }
    }

    static String quoted(String text) {
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
}
