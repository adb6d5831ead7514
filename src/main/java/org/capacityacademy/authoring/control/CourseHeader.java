package org.capacityacademy.authoring.control;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the lesson editor needs of a draft's {@code course.yaml} and {@code module.yaml}: the
 * languages, the titles, the report's symbol and official languages. Read leniently: a draft
 * being edited may be incomplete, and its checks run when it is published.
 *
 * @param official the languages in which the draft's report text is the official one
 */
public record CourseHeader(List<String> languages, String defaultLanguage, Map<String, String> title,
                           String reportSymbol, List<String> official) implements Serializable {

    public static CourseHeader read(String courseYaml) {
        Map<?, ?> fields = fields(courseYaml);
        List<String> languages = fields.get("languages") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        String defaultLanguage = fields.get("defaultLanguage") == null ? (languages.isEmpty() ? "en" : languages.get(0))
                : String.valueOf(fields.get("defaultLanguage"));
        Map<?, ?> report = fields.get("report") instanceof Map<?, ?> map ? map : Map.of();
        List<String> official = report.get("official") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        return new CourseHeader(languages, defaultLanguage, texts(fields.get("title")),
                report.get("symbol") == null ? "" : String.valueOf(report.get("symbol")), official);
    }

    /** The {@code title:} of a module's {@code module.yaml} by language; empty when it has none. */
    public static Map<String, String> title(String moduleYaml) {
        return texts(fields(moduleYaml).get("title"));
    }

    /** The language to show a learner who reads {@code wanted}: that one when the course has it, else the default. */
    public String shown(String wanted) {
        return languages.contains(wanted) ? wanted : defaultLanguage;
    }

    private static Map<?, ?> fields(String yaml) {
        try {
            return yaml != null && new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml) instanceof Map<?, ?> map
                    ? map : Map.of();
        } catch (YAMLException e) {
            return Map.of();
        }
    }

    private static Map<String, String> texts(Object value) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((language, text) -> texts.put(String.valueOf(language), text == null ? "" : String.valueOf(text).strip()));
        }
        return texts;
    }
}
