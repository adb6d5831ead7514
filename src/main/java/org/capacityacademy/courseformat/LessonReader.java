package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.CourseDefinition.KeyTerm;
import org.capacityacademy.courseformat.CourseDefinition.LessonDefinition;
import org.capacityacademy.courseformat.html.AuthoredHtml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one lesson file whole: its header's fields, the sections it quotes, and its Markdown in
 * every language. The Markdown, which may hold HTML, becomes HTML here and keeps only what
 * {@link AuthoredHtml} allows, so that a lesson file cannot put script on a page.
 */
final class LessonReader {

    private LessonReader() {
    }

    static LessonDefinition read(LessonFile lesson, CourseReader reader, Set<String> sectionIds, List<ContentProblem> problems) {
        List<ContentProblem> layout = lesson.layoutProblems();
        if (layout.stream().anyMatch(p -> p.message().startsWith("a lesson starts with"))) {
            problems.addAll(layout);
            return new LessonDefinition("", Map.of(), List.of(), 0, false, Map.of(), List.of(), Map.of());
        }
        YamlFields yaml = reader.fields(lesson.path(), "lesson", lesson.header(), 1);
        List<String> languages = yaml.languages();
        String code = yaml.string("id");
        List<String> covers = yaml.strings("covers");
        for (String section : covers) {
            if (!sectionIds.contains(section)) {
                yaml.problem(yaml.line("covers"), "covers " + section + ", which is not a section of the report");
            }
        }
        List<KeyTerm> terms = new ArrayList<>();
        int count = yaml.items("terms");
        for (int i = 0; i < count; i++) {
            if (yaml.get("terms", i) instanceof Map<?, ?> item) {
                terms.add(term(item, i, yaml));
            }
        }
        LessonDefinition definition = new LessonDefinition(code, yaml.localized("title"), covers,
                yaml.number(1, 240, "minutes"), yaml.flag(false, "optional"), yaml.localizedLists("objectives"), terms,
                bodies(lesson, languages, reader, problems));
        problems.addAll(layout);
        return definition;
    }

    /** A key term: the term's text in each language (every key but 'explanation'), and its explanation. */
    private static KeyTerm term(Map<?, ?> item, int index, YamlFields yaml) {
        Map<String, String> term = new LinkedHashMap<>();
        for (String language : yaml.languages()) {
            Object text = item.get(language);
            if (text == null || text.toString().isBlank()) {
                yaml.problem(yaml.line("terms", index), "a key term has no " + language + " text");
            } else {
                term.put(language, text.toString().strip());
            }
        }
        return new KeyTerm(term, yaml.localized("terms", index, "explanation"));
    }

    private static Map<String, String> bodies(LessonFile lesson, List<String> languages, CourseReader reader,
                                              List<ContentProblem> problems) {
        Map<String, String> markdown = lesson.markdown();
        int lines = lesson.text().split("\n", -1).length;
        Map<String, String> html = new LinkedHashMap<>();
        for (String language : languages) {
            String text = markdown.get(language);
            if (text == null || text.isBlank()) {
                int line = lesson.markLine(language);
                problems.add(new ContentProblem(lesson.path(), line == 0 ? lines : line,
                        "no explanation in " + language + ", " + reader.declared(language) + ": add a section <!-- "
                                + language + " -->"));
            } else {
                html.put(language, AuthoredHtml.fromMarkdown(text + "\n"));
            }
        }
        return html;
    }
}
