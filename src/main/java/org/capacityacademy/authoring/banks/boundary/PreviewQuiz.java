package org.capacityacademy.authoring.banks.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.assessment.boundary.QuizPreview.Checked;
import org.capacityacademy.assessment.boundary.QuizPreview.Order;
import org.capacityacademy.assessment.boundary.QuizPreview;
import org.capacityacademy.assessment.boundary.QuizViews.QuestionView;
import org.capacityacademy.authoring.banks.boundary.BankDrafts.QuizDraft;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.platform.boundary.Language;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code author/preview-quiz.xhtml}: every question of a draft module's bank as a learner's
 * attempt shows it, in one of the course's languages, and the answers given checked as a
 * submitted attempt is reviewed. Nothing is saved: no attempt, no answer, no statement.
 */
@Named
@ViewScoped
public class PreviewQuiz implements Serializable {

    @Inject
    BankDrafts banks;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String course;
    private String module;
    private String shown;
    private QuizDraft quiz;
    private List<Order> orders;
    private List<QuestionView> sheet;
    private Checked checked;

    public void load() {
        if (quiz != null) {
            return;
        }
        if (!BankPages.named(course, module)) {
            BankPages.send(404);
            return;
        }
        try {
            quiz = banks.quiz(currentUser.getEmail(), course, module, shown != null ? shown : language.getTag());
            orders = QuizPreview.draw(quiz.questions(), quiz.shuffle());
            sheet = QuizPreview.sheet(quiz.questions(), orders, null);
        } catch (NotAnAuthor | NoSuchBank | AuthoringException | BrokenBank refused) {
            BankPages.refuse(refused);
        }
    }

    /** Marks the answers on the form as a submitted attempt would be marked, and keeps them on the page. */
    public void check() {
        var form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        checked = QuizPreview.check(quiz.questions(), orders, form);
        sheet = QuizPreview.sheet(quiz.questions(), orders, form);
    }

    public String languageName(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(language.getLocale());
    }

    public boolean isPassed() {
        return checked != null && checked.score() >= quiz.passMark();
    }

    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getModule() { return module; }
    public void setModule(String module) { this.module = module; }
    public String getLanguage() { return shown; }
    public void setLanguage(String shown) { this.shown = shown; }
    public QuizDraft getQuiz() { return quiz; }
    public List<QuestionView> getSheet() { return sheet; }
    public Checked getChecked() { return checked; }
}
