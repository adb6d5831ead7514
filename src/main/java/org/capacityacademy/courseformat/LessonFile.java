package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.html.AuthoredHtml;
import org.capacityacademy.courseformat.CourseDefinition.KeyTerm;
import org.capacityacademy.courseformat.CourseDefinition.LessonDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * One lesson file: a YAML header between {@code ---} lines, then a Markdown section per
 * language opened by {@code <!-- zh -->}. The Markdown, which may hold HTML, becomes HTML here
 * and keeps only what {@link AuthoredHtml} allows, so a lesson file cannot put script on a page.
 */
final class LessonFile {

    private LessonFile() {
    }

    static LessonDefinition read(String name, String text, List<String> languages, Set<String> sectionIds,
                                 List<ContentProblem> problems) {
        String[] lines = text.split("\n", -1);
        int end = -1;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---")) {
                    end = i;
                    break;
                }
            }
        }
        if (end < 0) {
            problems.add(new ContentProblem(name, 1, "a lesson starts with a YAML header between two lines '---'"));
            return new LessonDefinition("", Map.of(), List.of(), 0, false, Map.of(), List.of(), Map.of());
        }
        String header = String.join("\n", List.of(lines).subList(1, end));
        YamlFields yaml = new YamlFields(name, header, 1, languages, problems);
        String code = yaml.string("id");
        List<String> covers = yaml.strings("covers");
        for (String section : covers) {
            if (!sectionIds.contains(section)) {
                yaml.problem(yaml.lineOf("covers"), "covers " + section + ", which is not a section of the report");
            }
        }
        List<KeyTerm> terms = new ArrayList<>();
        for (Map<?, ?> item : yaml.maps("terms")) {
            terms.add(CourseReader.term(item, languages, yaml));
        }
        return new LessonDefinition(code, yaml.localized("title"), covers, yaml.number("minutes", 1, 240),
                yaml.flag("optional", false),
                yaml.localizedLists("objectives"), terms, bodies(name, lines, end + 1, languages, problems));
    }

    private static Map<String, String> bodies(String name, String[] lines, int from, List<String> languages,
                                              List<ContentProblem> problems) {
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        Map<String, Integer> startLine = new LinkedHashMap<>();
        StringBuilder current = null;
        for (int i = from; i < lines.length; i++) {
            Matcher mark = CourseReader.LANGUAGE.matcher(lines[i].strip());
            if (mark.matches()) {
                String language = mark.group(1);
                if (sections.containsKey(language)) {
                    problems.add(new ContentProblem(name, i + 1, "a second " + language + " section"));
                }
                current = new StringBuilder();
                sections.put(language, current);
                startLine.put(language, i + 1);
            } else if (current != null) {
                current.append(lines[i]).append('\n');
            } else if (!lines[i].isBlank()) {
                problems.add(new ContentProblem(name, i + 1, "text before the first language mark such as <!-- en -->"));
                current = new StringBuilder();
            }
        }
        Map<String, String> html = new LinkedHashMap<>();
        for (String language : languages) {
            StringBuilder markdown = sections.get(language);
            if (markdown == null || markdown.toString().isBlank()) {
                problems.add(new ContentProblem(name, startLine.getOrDefault(language, lines.length),
                        "no explanation in " + language + ": add a section <!-- " + language + " -->"));
            } else {
                html.put(language, AuthoredHtml.fromMarkdown(markdown.toString()));
            }
        }
        return html;
    }
}
