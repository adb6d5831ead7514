package org.capacityacademy.authoring.lessons.control;

import org.capacityacademy.courseformat.CourseYamlFile;
import org.capacityacademy.courseformat.ModuleYamlFile;

import java.io.Serializable;
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
        CourseYamlFile course = CourseYamlFile.of(courseYaml == null ? "" : courseYaml);
        List<String> languages = List.copyOf(course.languages());
        String defaultLanguage = course.defaultLanguage().isEmpty() ? (languages.isEmpty() ? "en" : languages.get(0))
                : course.defaultLanguage();
        return new CourseHeader(languages, defaultLanguage, course.title(), course.reportSymbol(),
                List.copyOf(course.officialLanguages()));
    }

    /** The {@code title:} of a module's {@code module.yaml} by language; empty when it has none. */
    public static Map<String, String> title(String moduleYaml) {
        return ModuleYamlFile.of(moduleYaml == null ? "" : moduleYaml).title();
    }

    /** The language to show a learner who reads {@code wanted}: that one when the course has it, else the default. */
    public String shown(String wanted) {
        return languages.contains(wanted) ? wanted : defaultLanguage;
    }
}
