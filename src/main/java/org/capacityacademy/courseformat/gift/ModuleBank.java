package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.ContentProblem;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module's question bank across the course's languages: the same questions, in the same
 * order, with the same type, citations and right answers in every language, as the course
 * reader requires. Reading lines up the language files by question id (a question missing in
 * a language is copied from the reference language); writing gives one GIFT file a language, in
 * which a question that did not change keeps its text. An editor's working copy: changed in place.
 */
public final class ModuleBank implements Serializable {

    /** One question in every language; type and citations are the same in all. */
    public record Entry(String id, QuestionType type, List<String> cites, Map<String, GiftQuestion> texts) implements Serializable {

        public GiftQuestion in(String language) {
            return texts.get(language);
        }
    }

    private final String folder;
    private final List<String> languages;
    private final Map<String, GiftFile> files;
    private final List<Entry> entries;

    private ModuleBank(String folder, List<String> languages, Map<String, GiftFile> files, List<Entry> entries) {
        this.folder = folder;
        this.languages = List.copyOf(languages);
        this.files = files;
        this.entries = new ArrayList<>(entries);
    }

    /**
     * The bank as the files of each language hold it (a missing file is an empty bank).
     *
     * @throws ContentException when a file is not valid GIFT: the bank cannot be edited until it is repaired
     */
    public static ModuleBank read(String folder, List<String> languages, Map<String, String> files) throws ContentException {
        Map<String, List<GiftQuestion>> byLanguage = new LinkedHashMap<>();
        Map<String, GiftFile> giftFiles = new LinkedHashMap<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (String language : languages) {
            String path = GiftFile.path(folder, language);
            GiftFile file = new GiftFile(path, files.getOrDefault(path, ""));
            giftFiles.put(language, file);
            try {
                byLanguage.put(language, file.questions());
            } catch (ContentException e) {
                problems.addAll(e.getProblems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        Map<String, Map<String, GiftQuestion>> byId = new LinkedHashMap<>();
        for (String language : languages) {
            for (GiftQuestion question : byLanguage.get(language)) {
                byId.computeIfAbsent(question.id(), id -> new LinkedHashMap<>()).putIfAbsent(language, question);
            }
        }
        List<Entry> entries = new ArrayList<>();
        byId.forEach((id, texts) -> {
            GiftQuestion reference = texts.values().iterator().next();
            Map<String, GiftQuestion> all = new LinkedHashMap<>();
            for (String language : languages) {
                all.put(language, texts.getOrDefault(language, reference));
            }
            entries.add(new Entry(id, reference.type(), reference.cites(), all));
        });
        return new ModuleBank(folder, languages, giftFiles, entries);
    }

    /** The bank's files, one a language, by path. */
    public Map<String, String> files() {
        Map<String, String> written = new LinkedHashMap<>();
        for (String language : languages) {
            List<GiftQuestion> questions = entries.stream().map(e -> {
                GiftQuestion q = e.in(language);
                return new GiftQuestion(e.id(), e.type(), q.text(), q.answers(), q.generalFeedback(), e.cites(), 0, q.format());
            }).toList();
            GiftFile file = files.getOrDefault(language, new GiftFile(GiftFile.path(folder, language), ""));
            written.put(file.path(), file.with(file.header(), questions).text());
        }
        return written;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Adds a question read from one language's GIFT file at the end of the bank, its text copied
     * into the other languages so that the banks stay aligned; returns those languages, whose
     * copies need translating.
     */
    public List<String> addImported(GiftQuestion question, String language) {
        Map<String, GiftQuestion> texts = new LinkedHashMap<>();
        for (String each : languages) {
            texts.put(each, question);
        }
        add(new Entry(question.id(), question.type(), question.cites(), texts));
        return languages.stream().filter(l -> !l.equals(language)).toList();
    }

    /**
     * Puts a question read from one language's GIFT file in the place of the bank's question with its
     * id. The other languages keep their texts while the question keeps its shape (type, answers,
     * right answers); when the shape changes they get a copy to translate, which the returned
     * languages need. A question with no {@code // cites:} keeps the citations the bank had.
     */
    public List<String> updateImported(GiftQuestion question, String language) {
        Entry old = find(question.id()).orElseThrow(() -> new IllegalArgumentException("no question " + question.id()));
        List<String> cites = question.cites().isEmpty() ? old.cites() : question.cites();
        boolean sameShape = old.in(language) != null && old.in(language).sameShape(question);
        Map<String, GiftQuestion> texts = new LinkedHashMap<>();
        List<String> toTranslate = new java.util.ArrayList<>();
        for (String each : languages) {
            if (each.equals(language) || !sameShape) {
                texts.put(each, question.as(question.id(), cites, 0));
                if (!each.equals(language)) {
                    toTranslate.add(each);
                }
            } else {
                GiftQuestion kept = old.in(each);
                texts.put(each, kept.as(kept.id(), cites, 0));
            }
        }
        replace(question.id(), new Entry(question.id(), question.type(), cites, texts));
        return toTranslate;
    }

    public Optional<Entry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<String> languages() {
        return languages;
    }

    public String folder() {
        return folder;
    }

    /** Adds a question at the end of the bank. */
    public void add(Entry entry) {
        if (find(entry.id()).isPresent()) {
            throw new IllegalArgumentException("the bank already holds " + entry.id());
        }
        entries.add(entry);
    }

    /** Puts a question in the place of the one with the given id (which may be the new id's old name). */
    public void replace(String id, Entry entry) {
        entries.set(indexOf(id), entry);
    }

    public void remove(String id) {
        entries.remove(indexOf(id));
    }

    /** Moves a question one place up (-1) or down (+1); false when it is already first or last. */
    public boolean move(String id, int step) {
        int from = indexOf(id);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= entries.size()) {
            return false;
        }
        entries.add(to, entries.remove(from));
        return true;
    }

    private int indexOf(String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no question " + id + " in the bank");
    }
}
