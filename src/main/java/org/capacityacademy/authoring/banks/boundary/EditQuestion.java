package org.capacityacademy.authoring.banks.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.banks.control.QuestionCheck.Problem;
import org.capacityacademy.authoring.banks.control.QuestionForm;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
import org.capacityacademy.authoring.drafts.boundary.EditConflict;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.authoring.drafts.boundary.Translation;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs {@code author/question.xhtml}: one question of a module's bank in every language of the
 * course at once, added ({@code id} absent) or changed. Saving writes all languages' bank files
 * in one change against the versions read; refused input and conflicts keep what was typed.
 */
@Named
@ViewScoped
public class EditQuestion implements Serializable {

    @Inject
    BankDrafts banks;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String course;
    private String module;
    private String id;
    private QuestionForm form;
    private Map<String, Long> versions;
    private String title;
    private boolean conflict;
    private Map<String, Translation> translations = Map.of();

    public void load() {
        if (form != null) {
            return;
        }
        read();
    }

    private void read() {
        if (!BankPages.named(course, module)) {
            BankPages.send(404);
            return;
        }
        try {
            BankDraft bank = banks.read(currentUser.getEmail(), course, module);
            versions = Map.copyOf(bank.versions());
            title = bank.draft().moduleTitle(module, language.getTag());
            form = id == null ? QuestionForm.blank(bank.languages())
                    : QuestionForm.of(bank.bank().find(id).orElseThrow(() -> new NoSuchBank(id)), bank.languages());
            translations = id == null ? Map.of() : Map.copyOf(banks.translations(currentUser.getEmail(), course, module, id));
            conflict = false;
        } catch (NotAnAuthor | NoSuchBank | AuthoringException | BrokenBank refused) {
            BankPages.refuse(refused);
        }
    }

    public String save() {
        try {
            List<Problem> problems = banks.save(currentUser.getEmail(), course, module, id, form, versions);
            if (problems.isEmpty()) {
                FacesMessages.info(null, "author.question.saved", form.getId());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                // both were checked by BankPages.named: nothing in them needs escaping
                return "/author/bank.xhtml?faces-redirect=true&course=" + course + "&module=" + module;
            }
            problems.forEach(p -> FacesMessages.error(null, "author.question.error." + p.key(), values(p)));
        } catch (EditConflict e) {
            conflict = true;
            FacesMessages.error(null, "author.question.conflict");
        } catch (NoSuchBank gone) {
            conflict = true;
            FacesMessages.error(null, "author.question.gone");
        } catch (AuthoringException refused) {
            FacesMessages.error(null, refused.getMessageKey(), refused.getArguments());
        } catch (NotAnAuthor notAnAuthor) {
            BankPages.refuse(notAnAuthor);
        }
        return null;
    }

    /** Drops what was typed and reads the question as it is now stored. */
    public void reload() {
        form = null;
        read();
    }

    public void addOption() {
        form.addOption();
    }

    public void removeOption(int index) {
        form.removeOption(index);
    }

    /** Shows the fields of the type chosen; nothing is saved. */
    public void changeType() {
        if (form.getOptions().isEmpty() && !"true-false".equals(form.getType())) {
            form.addOption();
        }
    }

    private Object[] values(Problem problem) {
        return problem.values().stream().map(v -> form.getLanguages().contains(v) ? languageName(v) : v).toArray();
    }

    /** The status of a language's text of the question as saved (none for a question not yet saved). */
    public Translation translation(String tag) {
        return translations.get(tag);
    }

    public String languageName(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(language.getLocale());
    }

    public List<String> getTypes() {
        return List.of("single-choice", "multiple-choice", "true-false", "matching", "short-answer");
    }

    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getModule() { return module; }
    public void setModule(String module) { this.module = module; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id == null || id.isBlank() ? null : id; }
    public QuestionForm getForm() { return form; }
    public String getTitle() { return title; }
    public boolean isConflict() { return conflict; }
    public boolean isAdding() { return id == null; }
}
