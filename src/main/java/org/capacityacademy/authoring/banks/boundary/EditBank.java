package org.capacityacademy.authoring.banks.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.banks.control.QuestionForm;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
import org.capacityacademy.authoring.drafts.boundary.EditConflict;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.courseformat.ContentProblem;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code author/bank.xhtml}: a module's question bank in the course's draft, its questions
 * in the page's language (or the course's first), moved, removed, exported as GIFT. Each change
 * names the bank versions this page read; if someone else changed the bank meanwhile, nothing is
 * stored and the page says so.
 */
@Named
@ViewScoped
public class EditBank implements Serializable {

    /** A question as the bank's table lists it. */
    public record Row(String id, String type, String text, String language, String cites) implements Serializable {
    }

    @Inject
    BankDrafts banks;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String course;
    private String module;
    private String title;
    private List<String> languages = List.of();
    private List<Row> rows = List.of();
    private Map<String, Long> versions = Map.of();
    private List<ContentProblem> problems = List.of();

    public void load() {
        if (!BankPages.named(course, module)) {
            BankPages.send(404);
            return;
        }
        try {
            BankDraft bank = banks.read(currentUser.getEmail(), course, module);
            String shown = bank.languages().contains(language.getTag()) ? language.getTag() : bank.languages().get(0);
            title = bank.draft().moduleTitle(module, shown);
            languages = bank.languages();
            versions = Map.copyOf(bank.versions());
            rows = bank.bank().entries().stream().map(e -> new Row(e.id(), QuestionForm.typeName(e.type()),
                    e.in(shown).text(), shown, String.join(", ", e.cites()))).toList();
            problems = List.of();
        } catch (BrokenBank broken) {
            problems = broken.getProblems();
            rows = List.of();
        } catch (NotAnAuthor | NoSuchBank | AuthoringException refused) {
            BankPages.refuse(refused);
        }
    }

    public void moveUp(String id) {
        change(() -> banks.move(currentUser.getEmail(), course, module, id, -1, versions), "author.bank.moved");
    }

    public void moveDown(String id) {
        change(() -> banks.move(currentUser.getEmail(), course, module, id, 1, versions), "author.bank.moved");
    }

    public void remove(String id) {
        change(() -> banks.remove(currentUser.getEmail(), course, module, id, versions), "author.bank.removed");
    }

    private void change(Runnable change, String done) {
        try {
            change.run();
            FacesMessages.info(null, done);
            load();
        } catch (EditConflict conflict) {
            FacesMessages.error(null, "author.bank.conflict");
        } catch (NoSuchBank gone) {
            FacesMessages.error(null, "author.bank.gone");
        } catch (AuthoringException refused) {
            FacesMessages.error(null, refused.getMessageKey(), refused.getArguments());
        } catch (NotAnAuthor notAnAuthor) {
            BankPages.refuse(notAnAuthor);
        }
    }

    /** A language's name in the page's language, e.g. "Chinese" for zh. */
    public String languageName(String tag) {
        return java.util.Locale.forLanguageTag(tag).getDisplayLanguage(language.getLocale());
    }

    /** Reads the bank again, e.g. after someone else changed it. */
    public void reload() {
        load();
    }

    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getModule() { return module; }
    public void setModule(String module) { this.module = module; }
    public String getTitle() { return title; }
    public List<String> getLanguages() { return languages; }
    public List<Row> getRows() { return rows; }
    public List<ContentProblem> getProblems() { return problems; }
}
