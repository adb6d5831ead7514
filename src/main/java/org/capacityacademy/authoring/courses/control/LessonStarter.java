package org.capacityacademy.authoring.courses.control;

import org.capacityacademy.courseformat.LessonFile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file of a new lesson: its id and title as the author gave them, covering one section
 * of the report, with an objective and a first paragraph per language for the author to
 * rewrite in the lesson editor.
 */
public final class LessonStarter {

    private LessonStarter() {
    }

    public static String file(String id, Map<String, String> title, String section, String reportSymbol,
                              List<String> languages) {
        Map<String, List<String>> objectives = new LinkedHashMap<>();
        Map<String, String> markdown = new LinkedHashMap<>();
        for (String language : languages) {
            objectives.put(language, List.of(StarterText.of(language, "author.starter.objective", reportSymbol, section)));
            markdown.put(language, StarterText.of(language, "author.starter.body", reportSymbol, section));
        }
        LessonFile.Header header = new LessonFile.Header(id, CourseYaml.ordered(title, languages), List.of(section), 5,
                false, objectives, List.of());
        return LessonFile.create(id + ".md", header, markdown).text();
    }
}
