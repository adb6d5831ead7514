package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.yaml.YamlDocument;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One lesson file: a YAML header between two {@code ---} lines, then the lesson's Markdown in one
 * section per language, each opened by a line such as {@code <!-- zh -->}. Kept as its text:
 * changing the header changes only the fields that differ, changing one language's Markdown
 * only that section, so that an unchanged lesson is written byte for byte.
 */
public final class LessonFile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String text;
    private transient Layout layout;
    private transient YamlDocument header;

    public static final Pattern LANGUAGE_MARK = Pattern.compile("^<!--\\s*([a-z]{2})\\s*-->\\s*$");
    private static final String FENCE = "---";

    /** Every field of the header the reader takes, as {@code courses/README.md} documents them. */
    public static final List<String> FIELDS = List.of("id", "title", "covers", "minutes", "optional", "objectives",
            "terms", "terms.explanation");

    /** A key term: the term in each language (every key but {@code explanation}), and its explanation in each. */
    public record Term(Map<String, String> term, Map<String, String> explanation) implements Serializable {
    }

    /** Where a section is: the language, the line of its mark (1 for the first), and its text after the mark line. */
    record Section(String language, int markLine, int from, int to) {
    }

    /** The file split: where the header's text is, the sections, and what is wrong with the layout (not the fields). */
    record Layout(int headerFrom, int headerTo, List<Section> sections, List<ContentProblem> problems) {
    }

    public LessonFile(String path, String text) {
        this.path = path;
        this.text = text == null ? "" : text;
    }

    public static LessonFile of(String path, String text) {
        return new LessonFile(path, text);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LessonFile lesson && lesson.path.equals(path) && lesson.text.equals(text);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }

    Layout layout() {
        if (layout == null) {
            layout = split();
        }
        return layout;
    }

    private Layout split() {
        List<ContentProblem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int[] starts = new int[lines.length + 1];
        for (int i = 0; i < lines.length; i++) {
            starts[i + 1] = starts[i] + lines[i].length() + 1;
        }
        int end = -1;
        if (lines.length > 0 && lines[0].strip().equals(FENCE)) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals(FENCE)) {
                    end = i;
                    break;
                }
            }
        }
        if (end < 0) {
            problems.add(new ContentProblem(path, 1, "a lesson starts with a YAML header between two lines '---'"));
            return new Layout(0, 0, List.of(), problems);
        }
        List<Section> sections = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String language = null;
        int markLine = 0;
        int from = 0;
        for (int i = end + 1; i <= lines.length; i++) {
            Matcher mark = i < lines.length ? LANGUAGE_MARK.matcher(lines[i].strip()) : null;
            if (mark == null || mark.matches()) {
                if (language != null) {
                    sections.add(new Section(language, markLine, from, Math.min(starts[i], text.length())));
                }
                if (mark != null) {
                    language = mark.group(1);
                    if (seen.contains(language)) {
                        problems.add(new ContentProblem(path, i + 1, "a second " + language + " section"));
                    }
                    seen.add(language);
                    markLine = i + 1;
                    from = Math.min(starts[i + 1], text.length());
                }
            } else if (language == null && !lines[i].isBlank() && problems.stream().noneMatch(p -> p.message().startsWith("text before"))) {
                problems.add(new ContentProblem(path, i + 1, "text before the first language mark such as <!-- en -->"));
            }
        }
        return new Layout(starts[1], starts[end], sections, problems);
    }

    /** What is wrong with the file's layout (no header, text before the first language, a language twice); the fields are checked elsewhere. */
    public List<ContentProblem> layoutProblems() {
        return layout().problems();
    }

    /** The header (between the {@code ---} lines); it starts on the file's second line. */
    public YamlDocument header() {
        if (header == null) {
            header = YamlDocument.of(text.substring(layout().headerFrom(), layout().headerTo()));
        }
        return header;
    }

    public String id() {
        return Lenient.string(header().get("id"), "");
    }

    public Map<String, String> title() {
        return Lenient.texts(header().get("title"));
    }

    public List<String> covers() {
        return Lenient.strings(header().get("covers"));
    }

    public int minutes() {
        return Lenient.number(header().get("minutes"), 0);
    }

    public boolean optional() {
        return Boolean.TRUE.equals(header().get("optional"));
    }

    /** The objectives by language, in the file's order. */
    public Map<String, List<String>> objectives() {
        Map<String, List<String>> objectives = new LinkedHashMap<>();
        if (header().get("objectives") instanceof Map<?, ?> byLanguage) {
            byLanguage.forEach((language, items) -> objectives.put(String.valueOf(language), Lenient.strings(
                    items instanceof List<?> ? items : null)));
        }
        return objectives;
    }

    public List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        if (header().get("terms") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    Map<String, String> term = new LinkedHashMap<>();
                    map.forEach((key, value) -> {
                        if (!"explanation".equals(String.valueOf(key))) {
                            term.put(String.valueOf(key), value == null ? "" : String.valueOf(value).strip());
                        }
                    });
                    terms.add(new Term(term, Lenient.texts(map.get("explanation"))));
                }
            }
        }
        return terms;
    }

    /** The Markdown of each language, in the file's order, without the blank lines around it. */
    public Map<String, String> markdown() {
        Map<String, String> markdown = new LinkedHashMap<>();
        for (Section section : layout().sections()) {
            markdown.putIfAbsent(section.language(), tidy(text.substring(section.from(), section.to())));
        }
        return markdown;
    }

    /** The line (1 for the first) where a language's section starts, or 0 when there is none. */
    public int markLine(String language) {
        return layout().sections().stream().filter(s -> s.language().equals(language)).mapToInt(Section::markLine)
                .findFirst().orElse(0);
    }

    /** The header's fields as the lesson editor saves them: only what differs from the file is written, in place. */
    public LessonFile withHeader(Header header) {
        Header current = headerFields();
        YamlDocument original = header();
        YamlDocument yaml = original;
        if (!header.id().equals(current.id())) {
            yaml = yaml.with(List.of("id"), header.id());
        }
        if (!header.title().equals(current.title())) {
            yaml = yaml.with(List.of("title"), header.title());
        }
        if (!header.covers().equals(current.covers())) {
            yaml = yaml.with(List.of("covers"), header.covers());
        }
        if (header.minutes() != current.minutes()) {
            yaml = yaml.with(List.of("minutes"), header.minutes());
        }
        if (header.optional() != current.optional()) {
            yaml = yaml.with(List.of("optional"), header.optional());
        }
        if (!header.objectives().equals(current.objectives())) {
            yaml = yaml.with(List.of("objectives"), header.objectives());
        }
        if (!header.terms().equals(current.terms())) {
            yaml = yaml.with(List.of("terms"), termFields(header.terms()));
        }
        return yaml == original ? this : withHeaderText(yaml.text());
    }

    private static List<Map<String, Object>> termFields(List<Term> terms) {
        return terms.stream().map(LessonFile::termFields).toList();
    }

    private static Map<String, Object> termFields(Term term) {
        Map<String, Object> fields = new LinkedHashMap<>(term.term());
        fields.put("explanation", new LinkedHashMap<>(term.explanation()));
        return fields;
    }

    /** The header's fields as the lesson editor edits them. */
    public record Header(String id, Map<String, String> title, List<String> covers, int minutes, boolean optional,
                         Map<String, List<String>> objectives, List<Term> terms) implements Serializable {
    }

    public Header headerFields() {
        return new Header(id(), title(), covers(), minutes(), optional(), objectives(), terms());
    }

    /** The lesson with another header (a YAML document), its Markdown as it is. */
    public LessonFile withHeader(YamlDocument header) {
        return header.text().equals(header().text()) ? this : withHeaderText(header.text());
    }

    private LessonFile withHeaderText(String header) {
        Layout layout = layout();
        String ending = header.isEmpty() || header.endsWith("\n") ? "" : "\n";
        return new LessonFile(path, text.substring(0, layout.headerFrom()) + header + ending + text.substring(layout.headerTo()));
    }

    /**
     * The lesson with one language's Markdown replaced, the blank lines around it kept; a language
     * it has no section for gets one at the end.
     */
    public LessonFile withMarkdown(String language, String markdown) {
        String written = tidy(markdown == null ? "" : markdown);
        for (Section section : layout().sections()) {
            if (section.language().equals(language)) {
                String old = text.substring(section.from(), section.to());
                String content = tidy(old);
                if (content.equals(written)) {
                    return this;
                }
                int start = content.isEmpty() ? 0 : old.indexOf(content);
                int end = content.isEmpty() ? 0 : start + content.length();
                String replaced = old.substring(0, start) + written + (content.isEmpty() ? "\n" : "") + old.substring(end);
                return new LessonFile(path, text.substring(0, section.from()) + replaced + text.substring(section.to()));
            }
        }
        String body = text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
        String separator = layout().sections().isEmpty() || body.endsWith("\n\n") ? "" : "\n";
        return new LessonFile(path, body + separator + "<!-- " + language + " -->\n" + written + "\n");
    }

    /** The lesson without a language's section. */
    public LessonFile withoutMarkdown(String language) {
        String written = text;
        List<Section> sections = layout().sections();
        for (int i = sections.size() - 1; i >= 0; i--) {
            Section section = sections.get(i);
            if (section.language().equals(language)) {
                int markStart = written.lastIndexOf('\n', section.from() - 2) + 1;
                written = written.substring(0, markStart) + written.substring(section.to());
            }
        }
        return new LessonFile(path, written);
    }

    /** A new lesson file: the header's fields in the order {@code courses/README.md} shows them, then a section per language. */
    public static LessonFile create(String path, Header header, Map<String, String> markdown) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", header.id());
        fields.put("title", header.title());
        fields.put("covers", header.covers());
        fields.put("minutes", header.minutes());
        if (header.optional()) {
            fields.put("optional", true);
        }
        fields.put("objectives", header.objectives());
        fields.put("terms", termFields(header.terms()));
        YamlDocument yaml = YamlDocument.of("");
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            yaml = yaml.with(List.of(field.getKey()), field.getValue());
        }
        StringBuilder text = new StringBuilder(FENCE).append('\n').append(yaml.text()).append(FENCE).append('\n');
        String separator = "";
        for (Map.Entry<String, String> section : markdown.entrySet()) {
            text.append(separator).append("<!-- ").append(section.getKey()).append(" -->\n").append(tidy(section.getValue())).append('\n');
            separator = "\n";
        }
        return new LessonFile(path, text.toString());
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
}
