package org.capacityacademy.authoring.banks.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.capacityacademy.authoring.banks.control.CourseDraft;
import org.capacityacademy.authoring.banks.control.QuestionCheck.Problem;
import org.capacityacademy.authoring.banks.control.QuestionCheck;
import org.capacityacademy.authoring.banks.control.QuestionForm;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.Translation;
import org.capacityacademy.courseformat.Translations;
import org.capacityacademy.authoring.drafts.boundary.EditConflict;
import org.capacityacademy.authoring.drafts.boundary.FileEdit;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.QuizFields;
import org.capacityacademy.courseformat.gift.GiftImport.Outcome;
import org.capacityacademy.courseformat.gift.GiftImport;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.ModuleBank.Entry;
import org.capacityacademy.courseformat.gift.ModuleBank;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The question banks of a course's draft, edited question by question or by GIFT file. Every
 * change is written with {@link Drafts#apply} against the versions the page read, all languages'
 * bank files at once, so that two authors never silently overwrite each other
 * ({@link EditConflict}); {@link Drafts} checks that the caller may edit the course.
 */
@Stateless
public class BankDrafts {

    @Inject
    Drafts drafts;

    /**
     * What a GIFT upload gives: each question's outcome, the languages imported questions were copied
     * into, what was done with questions the bank already had, and which of those updates keep the
     * other languages' texts (their shape did not change).
     */
    public record GiftUpload(String language, List<Outcome> outcomes, List<String> copiedInto,
                             Map<String, Long> versions, GiftImport.Existing existing, Set<String> translationsKept)
            implements Serializable {

        /** How many questions of the file have the id of a question of the bank. */
        public long alreadyInBank() {
            return outcomes.stream().filter(o -> o.updates() || o.notes().stream().anyMatch(n -> n.reason().equals("added-as-new"))
                    || o.skipped() != null && o.skipped().reason().equals("duplicate")).count();
        }

        public long imported() {
            return outcomes.stream().filter(Outcome::imported).count();
        }

        public long skipped() {
            return outcomes.size() - imported();
        }
    }

    /** A module's questions in one language, as its quiz will show them. */
    public record QuizDraft(String course, String folder, String title, String language, List<String> languages,
                            boolean shuffle, int draw, int passMark, List<GiftQuestion> questions) implements Serializable {
    }

    public BankDraft read(String email, String course, String folder) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Long> allVersions = new LinkedHashMap<>();
        drafts.draft(email, course).forEach((path, file) -> {
            files.put(path, file.content());
            allVersions.put(path, file.version());
        });
        CourseDraft draft = new CourseDraft(files);
        if (!draft.hasModule(folder) || draft.languages().isEmpty()) {
            throw new NoSuchBank(folder);
        }
        ModuleBank bank;
        try {
            bank = ModuleBank.read(folder, draft.languages(), files);
        } catch (ContentException e) {
            throw new BrokenBank(e.getProblems());
        }
        Map<String, Long> versions = new LinkedHashMap<>();
        for (String language : draft.languages()) {
            String path = CourseDraft.bankPath(folder, language);
            versions.put(path, allVersions.getOrDefault(path, 0L));
        }
        return new BankDraft(course, folder, draft.moduleCode(folder), draft, bank, versions,
                draft.questionIdsOutside(folder), draft.sections());
    }

    /** Moves a question one place up (-1) or down (+1). */
    public void move(String email, String course, String folder, String id, int step, Map<String, Long> versions) {
        BankDraft read = read(email, course, folder);
        entry(read, id);
        if (read.bank().move(id, step)) {
            write(email, read, versions);
        }
    }

    public void remove(String email, String course, String folder, String id, Map<String, Long> versions) {
        BankDraft read = read(email, course, folder);
        entry(read, id);
        read.bank().remove(id);
        write(email, read, versions);
    }

    /**
     * Saves one question in every language: added when {@code originalId} is null, else in the
     * place of that question. Nothing is saved when the question has problems, which are returned.
     */
    public List<Problem> save(String email, String course, String folder, String originalId, QuestionForm form,
                              Map<String, Long> versions) {
        BankDraft read = read(email, course, folder);
        if (originalId != null) {
            entry(read, originalId);
            form.setId(originalId);
        }
        Set<String> taken = new HashSet<>(read.taken());
        read.bank().entries().stream().map(Entry::id).filter(id -> !id.equals(originalId)).forEach(taken::add);
        List<Problem> problems = QuestionCheck.check(form, originalId == null, taken, read.sections());
        if (!problems.isEmpty()) {
            return problems;
        }
        if (originalId == null) {
            read.bank().add(form.toEntry());
        } else {
            read.bank().replace(originalId, form.toEntry());
        }
        write(email, read, versions);
        return List.of();
    }

    /** What importing a GIFT file into one language's bank would do; nothing is stored. Questions the course has are skipped. */
    public GiftUpload check(String email, String course, String folder, String language, String content) {
        return check(email, course, folder, language, content, GiftImport.Existing.SKIP);
    }

    /** What importing a GIFT file would do, questions the bank already has dealt with as {@code existing} says. */
    public GiftUpload check(String email, String course, String folder, String language, String content,
                            GiftImport.Existing existing) {
        BankDraft read = read(email, course, folder);
        return upload(read, language, content, read.versions(), existing);
    }

    /**
     * Imports a GIFT file into one language's bank, each question taken also added to the other
     * languages (a copy to translate), against the versions read when the file was checked.
     */
    public GiftUpload importGift(String email, String course, String folder, String language, String content, Map<String, Long> versions) {
        return importGift(email, course, folder, language, content, versions, GiftImport.Existing.SKIP);
    }

    /**
     * Imports a GIFT file into one language's bank: questions the bank has are updated (their other
     * languages kept while their shape stays), added as new or skipped as {@code existing} says.
     */
    public GiftUpload importGift(String email, String course, String folder, String language, String content,
                                 Map<String, Long> versions, GiftImport.Existing existing) {
        BankDraft read = read(email, course, folder);
        GiftUpload upload = upload(read, language, content, versions, existing);
        for (Outcome outcome : upload.outcomes()) {
            if (outcome.updates()) {
                read.bank().updateImported(outcome.question(), language);
            } else if (outcome.imported()) {
                read.bank().addImported(outcome.question(), language);
            }
        }
        if (upload.imported() > 0) {
            write(email, read, versions);
        }
        return upload;
    }

    /** The status of each language's text of a question of the bank, by language: complete, missing or outdated. */
    public Map<String, Translation> translations(String email, String course, String folder, String id) {
        Map<String, Translation> byLanguage = new java.util.LinkedHashMap<>();
        drafts.translations(email, course, Translations.questionKey(folder, id)).forEach(t -> byLanguage.put(t.language(), t));
        return byLanguage;
    }

    /** One language's bank as GIFT, as it is (or would be) stored in the draft. */
    public String gift(String email, String course, String folder, String language) {
        BankDraft read = read(email, course, folder);
        language(read, language);
        return read.bank().files().get(CourseDraft.bankPath(folder, language));
    }

    /** The draft module's quiz in a language the course offers (else its first language). */
    public QuizDraft quiz(String email, String course, String folder, String language) {
        BankDraft read = read(email, course, folder);
        String shown = read.languages().contains(language) ? language : read.languages().get(0);
        List<GiftQuestion> questions = read.bank().entries().stream().map(e -> {
            GiftQuestion q = e.in(shown);
            return new GiftQuestion(e.id(), e.type(), q.text(), q.answers(), q.generalFeedback(), e.cites(), 0, q.format());
        }).toList();
        QuizFields quiz = read.draft().quiz(folder);
        return new QuizDraft(course, folder, read.draft().moduleTitle(folder, shown), shown, read.languages(), quiz.shuffle(),
                quiz.draw(), quiz.passMark(), questions);
    }

    private GiftUpload upload(BankDraft read, String language, String content, Map<String, Long> versions,
                              GiftImport.Existing existing) {
        language(read, language);
        Set<String> taken = new HashSet<>(read.taken());
        Set<String> inBank = new HashSet<>();
        read.bank().entries().forEach(e -> inBank.add(e.id()));
        taken.addAll(inBank);
        List<Outcome> outcomes = GiftImport.read("quiz." + language + ".gift", content, read.moduleCode(), taken,
                inBank, read.sections(), read.bank().entries().size(), existing);
        List<String> copiedInto = read.languages().stream().filter(l -> !l.equals(language)).toList();
        Set<String> kept = new HashSet<>();
        outcomes.stream().filter(Outcome::updates).forEach(o -> read.bank().find(o.id()).ifPresent(entry -> {
            if (entry.in(language) != null && entry.in(language).sameShape(o.question())) {
                kept.add(o.id());
            }
        }));
        return new GiftUpload(language, outcomes, copiedInto, Map.copyOf(versions), existing, Set.copyOf(kept));
    }

    private void write(String email, BankDraft read, Map<String, Long> versions) {
        List<FileEdit> edits = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        read.versions().keySet().forEach(path -> current.put(path, read.draft().file(path)));
        read.bank().files().forEach((path, content) -> {
            if (!content.equals(current.get(path))) {
                edits.add(new FileEdit(path, content, versions.getOrDefault(path, 0L)));
            }
        });
        if (!edits.isEmpty()) {
            drafts.apply(email, read.course(), edits);
        }
    }

    private static Entry entry(BankDraft read, String id) {
        return read.bank().find(id).orElseThrow(() -> new NoSuchBank(id));
    }

    private static void language(BankDraft read, String language) {
        if (!read.languages().contains(language)) {
            throw new NoSuchBank(language);
        }
    }
}
