package org.capacityacademy.authoring.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's text as a draft holds it ({@code report/<lang>/*.md}, sections opened by
 * {@code ## <id>}, read as {@code CourseReader} reads them): what a lesson may quote, and the
 * text its preview shows.
 */
public final class DraftReport implements Serializable {

    private static final Pattern SECTION = Pattern.compile("^## +(\\S+)\\s*$");

    /** A section's text by language, in the order of the report. */
    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();

    private DraftReport() {
    }

    /** The report of a draft, from its files by path. */
    public static DraftReport of(Map<String, String> files) {
        DraftReport report = new DraftReport();
        new TreeMap<>(files).forEach((path, text) -> {
            String[] parts = path.split("/");
            if (parts.length == 3 && parts[0].equals("report") && parts[2].endsWith(".md")) {
                report.read(parts[1], text);
            }
        });
        return report;
    }

    private void read(String language, String text) {
        String id = null;
        StringBuilder body = new StringBuilder();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : null;
            Matcher heading = line == null ? null : SECTION.matcher(line);
            if (line == null || heading.matches()) {
                if (id != null) {
                    sections.computeIfAbsent(id, k -> new LinkedHashMap<>())
                            .putIfAbsent(language, body.toString().strip().replaceAll("\n{3,}", "\n\n"));
                }
                if (line != null) {
                    id = heading.group(1);
                    body.setLength(0);
                }
            } else if (id != null && !line.strip().startsWith("<!--")) {
                body.append(line).append('\n');
            }
        }
    }

    public List<String> ids() {
        return new ArrayList<>(sections.keySet());
    }

    public boolean contains(String id) {
        return sections.containsKey(id);
    }

    /** The section's text in a language; empty when the draft has none. */
    public String text(String id, String language) {
        return sections.getOrDefault(id, Map.of()).getOrDefault(language, "");
    }

    /** Paragraphs are numbered ({@code 26}); other parts have names ({@code summary}, {@code annex}). */
    public static boolean numbered(String id) {
        return id.matches("\\d+");
    }
}
