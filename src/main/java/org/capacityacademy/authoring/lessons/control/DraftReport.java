package org.capacityacademy.authoring.lessons.control;

import org.capacityacademy.courseformat.ReportFile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's text as a draft holds it ({@code report/<lang>/*.md}, read as the course reader
 * reads it): what a lesson may quote, and the text its preview shows.
 */
public final class DraftReport implements Serializable {

    /** A section's text by language, in the order of the report. */
    private final Map<String, Map<String, String>> sections;

    private DraftReport(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    /** The report of a draft, from its files by path. */
    public static DraftReport of(Map<String, String> files) {
        List<ReportFile> report = new ArrayList<>();
        files.forEach((path, text) -> {
            if (!ReportFile.languageOf(path).isEmpty()) {
                report.add(new ReportFile(path, text.replace("\r\n", "\n")));
            }
        });
        return new DraftReport(new LinkedHashMap<>(ReportFile.byId(report)));
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
