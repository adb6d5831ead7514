package org.capacityacademy.authoring.control;

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
        YamlWriter header = new YamlWriter().field(0, "id", id)
                .texts(0, "title", title, languages)
                .list(0, "covers", List.of(section))
                .field(0, "minutes", 5)
                .open(0, "objectives");
        StringBuilder text = new StringBuilder("---\n").append(header);
        for (String language : languages) {
            text.append("  ").append(language).append(":\n    - ")
                    .append(YamlWriter.scalar(StarterText.of(language, "author.starter.objective", reportSymbol, section)))
                    .append('\n');
        }
        text.append("terms: []\n---\n");
        for (String language : languages) {
            text.append("<!-- ").append(language).append(" -->\n")
                    .append(StarterText.of(language, "author.starter.body", reportSymbol, section)).append("\n\n");
        }
        return text.toString();
    }
}
