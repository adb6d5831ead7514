package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.FeedbackTiming;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reading of one YAML document of a course file, collecting a located problem for
 * every missing or malformed field instead of stopping at the first.
 */
final class YamlFields {

    private final String file;
    private final String text;
    private final int lineOffset;
    private final List<String> languages;
    private final List<ContentProblem> problems;
    private final Map<String, Object> root;

    @SuppressWarnings("unchecked")
    YamlFields(String file, String text, int lineOffset, List<String> languages, List<ContentProblem> problems) {
        this.file = file;
        this.text = text;
        this.lineOffset = lineOffset;
        this.languages = languages;
        this.problems = problems;
        Map<String, Object> parsed = Map.of();
        try {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (document instanceof Map<?, ?> map) {
                parsed = (Map<String, Object>) map;
            } else {
                problem(lineOffset + 1, "expected YAML fields (key: value)");
            }
        } catch (MarkedYAMLException e) {
            problem(lineOffset + (e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1), "YAML: " + e.getProblem());
        } catch (YAMLException e) {
            problem(lineOffset + 1, "YAML: " + e.getMessage());
        }
        this.root = parsed;
    }

    Map<String, Object> root() {
        return root;
    }

    String string(String key) {
        Object value = root.get(key);
        if (value == null || value.toString().isBlank()) {
            problem(lineOf(key), "'" + key + "' is missing");
            return "";
        }
        return value.toString().strip();
    }

    int number(String key, int min, int max) {
        Object value = root.get(key);
        if (value instanceof Integer number && number >= min && number <= max) {
            return number;
        }
        problem(lineOf(key), "'" + key + "' must be a whole number from " + min + " to " + max);
        return min;
    }

    /** An optional whole number of a nested map (e.g. a module's {@code quiz:}), {@code otherwise} when absent. */
    int number(Map<?, ?> fields, String key, int min, int max, int otherwise) {
        Object value = fields.get(key);
        if (value == null) {
            return otherwise;
        }
        if (value instanceof Integer number && number >= min && number <= max) {
            return number;
        }
        problem(lineOf(key), "'" + key + "' must be a whole number from " + min + " to " + max);
        return otherwise;
    }

    /** The optional {@code feedback:} of quiz settings; after-submit when absent. */
    FeedbackTiming feedback(Map<?, ?> fields) {
        Object value = fields.get("feedback");
        if (value == null) {
            return FeedbackTiming.AFTER_SUBMIT;
        }
        return FeedbackTiming.fromFile(value.toString()).orElseGet(() -> {
            problem(lineOf("feedback"), "'feedback' must be one of after-submit, after-last-attempt, score-only");
            return FeedbackTiming.AFTER_SUBMIT;
        });
    }

    boolean flag(String key, boolean otherwise) {
        Object value = root.get(key);
        return value instanceof Boolean b ? b : otherwise;
    }

    List<String> strings(String key) {
        return strings(root.get(key), key);
    }

    List<String> strings(Object value, String key) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(String::valueOf).map(String::strip).toList();
        }
        problem(lineOf(key), "'" + key + "' must be a list such as [a, b]");
        return List.of();
    }

    /** A text in every language of the course, e.g. {@code title: {zh: ..., en: ...}}. */
    Map<String, String> localized(String key) {
        return localized(root.get(key), key);
    }

    Map<String, String> localized(Object value, String key) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (!(value instanceof Map<?, ?> map)) {
            problem(lineOf(key), "'" + key + "' must give a text for each language: " + languages);
            return texts;
        }
        for (String language : languages) {
            Object text = map.get(language);
            if (text == null || text.toString().isBlank()) {
                problem(lineOf(key), "'" + key + "' has no " + language + " text");
            } else {
                texts.put(language, text.toString().strip());
            }
        }
        return texts;
    }

    /** A list of texts in every language, with the same number of items in each. */
    Map<String, List<String>> localizedLists(String key) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        if (!(root.get(key) instanceof Map<?, ?> map)) {
            problem(lineOf(key), "'" + key + "' must give a list for each language: " + languages);
            return lists;
        }
        for (String language : languages) {
            if (map.get(language) instanceof List<?> list && !list.isEmpty()) {
                lists.put(language, list.stream().map(String::valueOf).map(String::strip).toList());
            } else {
                problem(lineOf(key), "'" + key + "' has no " + language + " list");
            }
        }
        if (lists.values().stream().map(List::size).distinct().count() > 1) {
            problem(lineOf(key), "'" + key + "' has a different number of items in each language");
        }
        return lists;
    }

    List<Map<?, ?>> maps(String key) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (root.get(key) instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    maps.add(map);
                } else {
                    problem(lineOf(key), "each item of '" + key + "' must have fields");
                }
            }
        } else {
            problem(lineOf(key), "'" + key + "' must be a list");
        }
        return maps;
    }

    int lineOf(String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(key + ":")) {
                return i + 1 + lineOffset;
            }
        }
        return 1 + lineOffset;
    }

    void problem(int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }
}
