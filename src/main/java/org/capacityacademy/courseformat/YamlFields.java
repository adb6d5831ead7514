package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.yaml.YamlDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict, typed reading of one YAML document of a course file, for checking a course whole: each
 * missing or malformed field becomes a problem with the file and the line of the field (or of the
 * map that should hold it), and reading goes on, so that one check names every problem.
 */
final class YamlFields {

    private final String file;
    private final YamlDocument yaml;
    private final int lineOffset;
    private final List<String> languages;
    private final List<ContentProblem> problems;
    /** The fields looked at, as {@code a.b} (items and languages left out): what the reader takes. */
    private final java.util.Set<String> read;

    /**
     * @param lineOffset how many lines of the file come before the document (a lesson's header starts on line 2)
     */
    YamlFields(String file, YamlDocument yaml, int lineOffset, List<String> languages, List<ContentProblem> problems) {
        this(file, yaml, lineOffset, languages, problems, new java.util.HashSet<>());
    }

    YamlFields(String file, YamlDocument yaml, int lineOffset, List<String> languages, List<ContentProblem> problems,
               java.util.Set<String> read) {
        this.read = read;
        this.file = file;
        this.yaml = yaml;
        this.lineOffset = lineOffset;
        this.languages = languages;
        this.problems = problems;
        yaml.problem().ifPresent(problem -> problem(lineOffset + problem.line(), problem.message()));
    }

    YamlDocument yaml() {
        return yaml;
    }

    Object get(Object... path) {
        record(path);
        return yaml.readable() ? yaml.get(path) : null;
    }

    boolean has(Object... path) {
        record(path);
        return yaml.readable() && yaml.has(path);
    }

    private void record(Object... path) {
        StringBuilder field = new StringBuilder();
        for (Object step : path) {
            if (!(step instanceof Integer) && !languages.contains(String.valueOf(step))) {
                field.append(field.isEmpty() ? "" : ".").append(step);
            }
        }
        read.add(field.toString());
    }

    String string(Object... path) {
        Object value = get(path);
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?> || value.toString().isBlank()) {
            problem(line(path), "'" + name(path) + "' is missing");
            return "";
        }
        return value.toString().strip();
    }

    /** A required whole number. */
    int number(int min, int max, Object... path) {
        Object value = get(path);
        if (value instanceof Integer number && number >= min && number <= max) {
            return number;
        }
        problem(line(path), "'" + name(path) + "' must be a whole number from " + min + " to " + max);
        return min;
    }

    /** An optional whole number, {@code otherwise} when absent. */
    int optionalNumber(int min, int max, int otherwise, Object... path) {
        return get(path) == null ? otherwise : number(min, max, path);
    }

    /** The optional {@code feedback:} of quiz settings at a path; after-submit when absent. */
    FeedbackTiming feedback(Object... quiz) {
        Object[] path = append(quiz, "feedback");
        Object value = get(path);
        if (value == null) {
            return FeedbackTiming.AFTER_SUBMIT;
        }
        return FeedbackTiming.fromFile(value.toString()).orElseGet(() -> {
            problem(line(path), "'feedback' must be one of after-submit, after-last-attempt, score-only");
            return FeedbackTiming.AFTER_SUBMIT;
        });
    }

    boolean flag(boolean otherwise, Object... path) {
        return get(path) instanceof Boolean value ? value : otherwise;
    }

    List<String> strings(Object... path) {
        if (get(path) instanceof List<?> list && !list.isEmpty() && list.stream().noneMatch(i -> i instanceof Map || i instanceof List)) {
            return list.stream().map(String::valueOf).map(String::strip).toList();
        }
        problem(line(path), "'" + name(path) + "' must be a list such as [a, b]");
        return List.of();
    }

    /** A text in every language of the course, e.g. {@code title: {zh: ..., en: ...}}. */
    Map<String, String> localized(Object... path) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (!(get(path) instanceof Map<?, ?> map)) {
            problem(line(path), "'" + name(path) + "' must give a text for each language: " + languages);
            return texts;
        }
        for (String language : languages) {
            Object text = map.get(language);
            if (text == null || text instanceof Map<?, ?> || text instanceof List<?> || text.toString().isBlank()) {
                problem(line(append(path, language)), "'" + name(path) + "' has no " + language + " text");
            } else {
                texts.put(language, text.toString().strip());
            }
        }
        return texts;
    }

    /** A list of texts in every language, with the same number of items in each. */
    Map<String, List<String>> localizedLists(Object... path) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        if (!(get(path) instanceof Map<?, ?> map)) {
            problem(line(path), "'" + name(path) + "' must give a list for each language: " + languages);
            return lists;
        }
        for (String language : languages) {
            if (map.get(language) instanceof List<?> list && !list.isEmpty()) {
                lists.put(language, list.stream().map(String::valueOf).map(String::strip).toList());
            } else {
                problem(line(append(path, language)), "'" + name(path) + "' has no " + language + " list");
            }
        }
        if (lists.values().stream().map(List::size).distinct().count() > 1) {
            problem(line(path), "'" + name(path) + "' has a different number of items in each language");
        }
        return lists;
    }

    /** How many items the list at a path has; a problem when it is not a list of fields. */
    int items(Object... path) {
        if (!(get(path) instanceof List<?> list)) {
            problem(line(path), "'" + name(path) + "' must be a list");
            return 0;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?>)) {
                problem(line(append(path, i)), "each item of '" + name(path) + "' must have fields");
            }
        }
        return list.size();
    }

    int line(Object... path) {
        return lineOffset + yaml.line(path);
    }

    void problem(int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    List<String> languages() {
        return languages;
    }

    private static String name(Object... path) {
        for (int i = path.length - 1; i >= 0; i--) {
            if (!(path[i] instanceof Integer)) {
                return String.valueOf(path[i]);
            }
        }
        return "";
    }

    static Object[] append(Object[] path, Object step) {
        List<Object> longer = new ArrayList<>(List.of(path));
        longer.add(step);
        return longer.toArray();
    }
}
