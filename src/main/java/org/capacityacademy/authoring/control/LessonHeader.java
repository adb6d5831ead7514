package org.capacityacademy.authoring.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The YAML header of a lesson file ({@code ---} lines around it), as far as the course
 * editor needs it: the lesson's id and title, and a new title written in place of the old
 * one with the rest of the file, header and Markdown, left exactly as it was.
 */
public final class LessonHeader {

    private static final String FENCE = "---";

    private final String id;
    private final Map<String, String> title;

    private LessonHeader(String id, Map<String, String> title) {
        this.id = id;
        this.title = title;
    }

    public static LessonHeader read(String path, String text) throws UnreadableFile {
        Map<String, Object> fields = YamlFile.fields(path, String.join("\n", headerLines(path, text)));
        return new LessonHeader(Texts.string(fields.get("id"), ""), Texts.localized(fields.get("title")));
    }

    public String id() {
        return id;
    }

    public Map<String, String> title() {
        return title;
    }

    /** The lesson file with its {@code title:} replaced (added after the id when it had none). */
    public static String withTitle(String path, String text, Map<String, String> title, List<String> languages)
            throws UnreadableFile {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int end = end(path, lines);
        String block = new YamlWriter().texts(0, "title", title, languages).toString();
        List<String> replacement = List.of(block.substring(0, block.length() - 1).split("\n", -1));
        int start = -1;
        for (int i = 1; i < end; i++) {
            if (lines.get(i).startsWith("title:")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            int after = 1;
            while (after < end && !lines.get(after).startsWith("id:")) {
                after++;
            }
            lines.addAll(after < end ? after + 1 : 1, replacement);
        } else {
            int stop = start + 1;
            while (stop < end && (lines.get(stop).isEmpty() || Character.isWhitespace(lines.get(stop).charAt(0)))) {
                stop++;
            }
            lines.subList(start, stop).clear();
            lines.addAll(start, replacement);
        }
        String written = String.join("\n", lines);
        read(path, written);
        return written;
    }

    private static List<String> headerLines(String path, String text) throws UnreadableFile {
        List<String> lines = List.of((text == null ? "" : text).split("\n", -1));
        return lines.subList(1, end(path, lines));
    }

    private static int end(String path, List<String> lines) throws UnreadableFile {
        if (!lines.isEmpty() && lines.get(0).strip().equals(FENCE)) {
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals(FENCE)) {
                    return i;
                }
            }
        }
        throw new UnreadableFile(path, "a lesson starts with a YAML header between two lines '---'");
    }
}
