package org.capacityacademy.courseformat;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of the report's text in one language ({@code report/<lang>/*.md}): sections opened by
 * {@code ## <id>}, each a paragraph number or the id of an unnumbered part, whose text follows in
 * paragraphs separated by blank lines. Comment lines ({@code <!-- ... -->}) are not text.
 */
public record ReportFile(String path, String text) implements Serializable {

    public static final String FOLDER = "report/";
    private static final Pattern HEADING = Pattern.compile("^## +(\\S+)\\s*$");

    /** One section as the file has it: its id, its text (blank lines around it and repeated ones removed), and where it ends. */
    public record Section(String id, String text, int line) implements Serializable {
    }

    /** The language of a path such as {@code report/zh/01-x.md}; empty when the path is not a report file. */
    public static String languageOf(String path) {
        String[] parts = path.split("/");
        return parts.length == 3 && parts[0].equals("report") && parts[2].endsWith(".md") ? parts[1] : "";
    }

    public String language() {
        return languageOf(path);
    }

    /** The sections in their order; a section id given twice appears twice. */
    public List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        String id = null;
        StringBuilder body = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : null;
            Matcher heading = line == null ? null : HEADING.matcher(line);
            if (line == null || heading.matches()) {
                if (id != null) {
                    sections.add(new Section(id, body.toString().strip().replaceAll("\n{3,}", "\n\n"), i));
                }
                if (line != null) {
                    id = heading.group(1);
                    body.setLength(0);
                }
            } else if (id != null && !line.strip().startsWith("<!--")) {
                body.append(line).append('\n');
            }
        }
        return sections;
    }

    /** The text of each section by id, in a report made of several files (read in name order); the first wins. */
    public static Map<String, Map<String, String>> byId(List<ReportFile> files) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        files.stream().sorted(java.util.Comparator.comparing(ReportFile::path)).forEach(file -> file.sections().forEach(section ->
                sections.computeIfAbsent(section.id(), k -> new LinkedHashMap<>()).putIfAbsent(file.language(), section.text())));
        return sections;
    }
}
