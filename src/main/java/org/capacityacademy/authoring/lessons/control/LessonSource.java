package org.capacityacademy.authoring.lessons.control;

import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.ContentProblem;
import org.capacityacademy.courseformat.LessonFile;
import org.capacityacademy.courseformat.yaml.YamlText;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lesson file (see {@code courses/README.md}) as an instructor edits it: its header's fields and
 * its Markdown in each language. Read leniently, so that a half-written draft still opens (the
 * course's checks run when it is published). Written over the file it was read from
 * ({@link LessonFile}): only the fields and sections that changed change in the file.
 */
public final class LessonSource implements Serializable {

    private LessonFile file;
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

    /** Reads a lesson file; a problem only when the file cannot be split into header and sections, or its header is not YAML. */
    public static LessonSource parse(String path, String text) throws ContentException {
        LessonFile file = LessonFile.of(path, text.replace("\r\n", "\n"));
        List<ContentProblem> layout = file.layoutProblems();
        if (layout.stream().anyMatch(p -> p.message().startsWith("a lesson starts with"))) {
            throw new ContentException(List.of(layout.get(0)));
        }
        if (file.header().problem().isPresent()) {
            throw new ContentException(path, 1 + file.header().problem().get().line(), file.header().problem().get().message());
        }
        if (!layout.isEmpty()) {
            throw new ContentException(List.of(layout.get(0)));
        }
        LessonSource lesson = new LessonSource();
        lesson.file = file;
        LessonFile.Header header = file.headerFields();
        lesson.id = header.id();
        lesson.title.putAll(header.title());
        lesson.covers.addAll(header.covers());
        lesson.minutes = header.minutes();
        lesson.optional = header.optional();
        header.objectives().forEach((language, items) -> lesson.objectives.put(language, new ArrayList<>(items)));
        for (LessonFile.Term read : header.terms()) {
            Term term = new Term();
            term.term.putAll(read.term());
            term.explanation.putAll(read.explanation());
            lesson.terms.add(term);
        }
        lesson.markdown.putAll(file.markdown());
        return lesson;
    }

    /** Markdown without the blank lines around it (which mean nothing) and without trailing spaces at its end. */
    public static String tidy(String markdown) {
        return LessonFile.tidy(markdown);
    }

    /** Whether a line of Markdown would be read as the start of a language section. */
    public static boolean marksALanguage(String markdown) {
        return LessonFile.marksALanguage(markdown);
    }

    /**
     * The file: the given languages first, in their order, then any others the lesson has; each of
     * them with a title and objectives (empty when not written yet). Written over the file read.
     */
    public String write(List<String> languages) {
        Set<String> order = new LinkedHashSet<>(languages);
        order.addAll(title.keySet());
        order.addAll(objectives.keySet());
        order.addAll(markdown.keySet());
        terms.forEach(term -> {
            order.addAll(term.term.keySet());
            order.addAll(term.explanation.keySet());
        });
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<String>> objectivesByLanguage = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        for (String language : order) {
            titles.put(language, title.getOrDefault(language, ""));
            objectivesByLanguage.put(language, List.copyOf(objectives.getOrDefault(language, List.of())));
            if (markdown.containsKey(language)) {
                sections.put(language, markdown.get(language));
            }
        }
        List<LessonFile.Term> keyTerms = terms.stream().map(term -> new LessonFile.Term(ordered(term.term, order),
                ordered(term.explanation, order))).toList();
        LessonFile.Header header = new LessonFile.Header(id, titles, List.copyOf(covers), minutes, optional,
                objectivesByLanguage, keyTerms);
        if (file == null) {
            return LessonFile.create("lesson.md", header, sections).text();
        }
        LessonFile written = file.withHeader(header);
        for (String language : file.markdown().keySet()) {
            if (!sections.containsKey(language)) {
                written = written.withoutMarkdown(language);
            }
        }
        for (Map.Entry<String, String> section : sections.entrySet()) {
            written = written.withMarkdown(section.getKey(), section.getValue());
        }
        return written.text();
    }

    private static Map<String, String> ordered(Map<String, String> texts, Set<String> order) {
        Map<String, String> ordered = new LinkedHashMap<>();
        order.stream().filter(texts::containsKey).forEach(language -> ordered.put(language, texts.get(language)));
        return ordered;
    }

    /** A text as YAML reads it back: plain when it can be, quoted when it would be read as something else. */
    static String scalar(String text) {
        return YamlText.scalar(text == null ? "" : text);
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
