package org.capacityacademy.authoring.control;

import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.ContentProblem;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson file (see {@code courses/README.md}) as an instructor edits it: its header's fields and
 * its Markdown in each language. Read leniently, so that a half-written draft still opens (the
 * course's checks run when it is published), and written back in one canonical form: the
 * header's fields in the documented order, one language section after another. Comments in the
 * header and fields the format does not know are not kept.
 */
public final class LessonSource implements Serializable {

    private static final Pattern LANGUAGE_MARK = Pattern.compile("^<!--\\s*([a-z]{2})\\s*-->\\s*$");

    private String id = "";
    private final Map<String, String> title = new LinkedHashMap<>();
    private final List<String> covers = new ArrayList<>();
    private int minutes;
    private boolean optional;
    private final Map<String, List<String>> objectives = new LinkedHashMap<>();
    private final List<Term> terms = new ArrayList<>();
    private final Map<String, String> markdown = new LinkedHashMap<>();

    /** A key term: the term and its explanation, each by language. */
    public static final class Term implements Serializable {
        private final Map<String, String> term = new LinkedHashMap<>();
        private final Map<String, String> explanation = new LinkedHashMap<>();

        public Map<String, String> getTerm() {
            return term;
        }

        public Map<String, String> getExplanation() {
            return explanation;
        }
    }

    /** Reads a lesson file; a problem only when the file cannot be split into header and sections at all. */
    public static LessonSource parse(String path, String text) throws ContentException {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
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
            throw problem(path, 1, "a lesson starts with a YAML header between two lines '---'");
        }
        LessonSource lesson = new LessonSource();
        lesson.readHeader(path, String.join("\n", List.of(lines).subList(1, end)));
        lesson.readSections(path, lines, end + 1);
        return lesson;
    }

    private void readHeader(String path, String header) throws ContentException {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(header);
        } catch (MarkedYAMLException e) {
            throw problem(path, 2 + (e.getProblemMark() == null ? 0 : e.getProblemMark().getLine()), "YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw problem(path, 2, "YAML: " + e.getMessage());
        }
        Map<?, ?> fields = document instanceof Map<?, ?> map ? map : Map.of();
        id = text(fields.get("id"));
        texts(fields.get("title"), title);
        if (fields.get("covers") instanceof List<?> list) {
            list.forEach(section -> covers.add(text(section)));
        }
        minutes = fields.get("minutes") instanceof Integer number ? number : 0;
        optional = Boolean.TRUE.equals(fields.get("optional"));
        if (fields.get("objectives") instanceof Map<?, ?> byLanguage) {
            byLanguage.forEach((language, items) -> objectives.put(text(language),
                    items instanceof List<?> list ? new ArrayList<>(list.stream().map(LessonSource::text).toList())
                            : new ArrayList<>()));
        }
        if (fields.get("terms") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    Term term = new Term();
                    map.forEach((key, value) -> {
                        if (!"explanation".equals(key)) {
                            term.term.put(text(key), text(value));
                        }
                    });
                    texts(map.get("explanation"), term.explanation);
                    terms.add(term);
                }
            }
        }
    }

    private void readSections(String path, String[] lines, int from) throws ContentException {
        String language = null;
        StringBuilder section = new StringBuilder();
        for (int i = from; i <= lines.length; i++) {
            Matcher mark = i < lines.length ? LANGUAGE_MARK.matcher(lines[i].strip()) : null;
            if (mark == null || mark.matches()) {
                if (language != null) {
                    if (markdown.containsKey(language)) {
                        throw problem(path, i + 1, "a second " + language + " section");
                    }
                    markdown.put(language, tidy(section.toString()));
                }
                if (mark != null) {
                    language = mark.group(1);
                    section.setLength(0);
                }
            } else if (language != null) {
                section.append(lines[i]).append('\n');
            } else if (!lines[i].isBlank()) {
                throw problem(path, i + 1, "text before the first language mark such as <!-- en -->");
            }
        }
    }

    /** Markdown without the blank lines around it (which mean nothing) and without trailing spaces at its end. */
    public static String tidy(String markdown) {
        String text = markdown.replace("\r\n", "\n").stripTrailing();
        int start = 0;
        for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '\n') {
                start = i + 1;
            }
        }
        return text.substring(start);
    }

    /** Whether a line of Markdown would be read as the start of a language section. */
    public static boolean marksALanguage(String markdown) {
        return markdown.lines().anyMatch(line -> LANGUAGE_MARK.matcher(line.strip()).matches());
    }

    /** The file, canonical: the given languages first, in their order, then any others the lesson has. */
    public String write(List<String> languages) {
        Set<String> order = new LinkedHashSet<>(languages);
        order.addAll(title.keySet());
        order.addAll(objectives.keySet());
        order.addAll(markdown.keySet());
        terms.forEach(term -> {
            order.addAll(term.term.keySet());
            order.addAll(term.explanation.keySet());
        });
        StringBuilder file = new StringBuilder("---\n");
        file.append("id: ").append(scalar(id)).append('\n');
        file.append("title:\n");
        order.forEach(language -> file.append("  ").append(language).append(": ")
                .append(scalar(title.getOrDefault(language, ""))).append('\n'));
        file.append("covers: [").append(String.join(", ", covers.stream().map(LessonSource::quoted).toList())).append("]\n");
        file.append("minutes: ").append(minutes).append('\n');
        if (optional) {
            file.append("optional: true\n");
        }
        file.append("objectives:\n");
        for (String language : order) {
            List<String> items = objectives.getOrDefault(language, List.of());
            file.append("  ").append(language).append(':').append(items.isEmpty() ? " []\n" : "\n");
            items.forEach(item -> file.append("    - ").append(scalar(item)).append('\n'));
        }
        file.append(terms.isEmpty() ? "terms: []\n" : "terms:\n");
        for (Term term : terms) {
            String bullet = "  - ";
            for (String language : order) {
                if (term.term.containsKey(language)) {
                    file.append(bullet).append(language).append(": ").append(scalar(term.term.get(language))).append('\n');
                    bullet = "    ";
                }
            }
            file.append(bullet).append("explanation:\n");
            order.stream().filter(term.explanation::containsKey).forEach(language -> file.append("      ")
                    .append(language).append(": ").append(scalar(term.explanation.get(language))).append('\n'));
        }
        file.append("---\n");
        String separator = "";
        for (String language : order) {
            if (markdown.containsKey(language)) {
                file.append(separator).append("<!-- ").append(language).append(" -->\n").append(tidy(markdown.get(language))).append('\n');
                separator = "\n";
            }
        }
        return file.toString();
    }

    private static final Yaml SCALARS;

    static {
        DumperOptions options = new DumperOptions();
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        SCALARS = new Yaml(options);
    }

    /** A text as YAML reads it back: plain when it can be, quoted when it would be read as something else. */
    static String scalar(String text) {
        return SCALARS.dump(text == null ? "" : text).stripTrailing();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    private static void texts(Object value, Map<String, String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((language, text) -> into.put(text(language), text(text)));
        }
    }

    private static ContentException problem(String path, int line, String message) {
        return new ContentException(List.of(new ContentProblem(path, line, message)));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id.strip();
    }

    /** The title by language; change it in place. */
    public Map<String, String> getTitle() {
        return title;
    }

    /** The report sections quoted, in order; change it in place. */
    public List<String> getCovers() {
        return covers;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public boolean isOptional() {
        return optional;
    }

    public void setOptional(boolean optional) {
        this.optional = optional;
    }

    /** The objectives by language; change it in place. */
    public Map<String, List<String>> getObjectives() {
        return objectives;
    }

    public List<Term> getTerms() {
        return terms;
    }

    /** The Markdown by language; change it in place. */
    public Map<String, String> getMarkdown() {
        return markdown;
    }
}
