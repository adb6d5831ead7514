package org.capacityacademy.assessment.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.catalog.boundary.ContentLanguages;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.assessment.boundary.QuizViews.AttemptView;
import org.capacityacademy.assessment.boundary.QuizViews.QuestionView;
import org.capacityacademy.assessment.control.AnswerRefusal;
import org.capacityacademy.assessment.control.AnswerRefused;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * Backs {@code learning/attempt.xhtml}. The page saves each answer as it is given (through
 * {@link AnswersResource}); without script, "Save answers" and "Submit" post every answer on
 * the form, which is saved before anything else happens.
 */
@Named
@ViewScoped
public class TakeQuiz implements Serializable {

    @Inject
    Attempts attempts;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContentLanguages reader;

    private String id;
    private AttemptView attempt;

    /** View action: a submitted or timed-out attempt goes to its review; someone else's is a 404. */
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            attempt = attempts.sheet(currentUser.getEmail(), id, reader);
        } catch (AnswerRefused refused) {
            if (refused.getReason() == AnswerRefusal.CLOSED || refused.getReason() == AnswerRefusal.TIME_UP) {
                external.redirect(external.getRequestContextPath() + "/learning/review.xhtml?id=" + id);
            } else {
                external.responseSendError(404, null);
            }
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String save() {
        if (saveAll()) {
            FacesMessages.info(null, "quiz.all-saved");
            return page(id);
        }
        return null;
    }

    public String submit() {
        if (!saveAll()) {
            return null;
        }
        try {
            attempts.submit(currentUser.getEmail(), id);
        } catch (AnswerRefused refused) {
            // already submitted, by another tab or by the time limit: the review shows the result
        }
        return "/learning/review.xhtml?faces-redirect=true&id=" + id;
    }

    /** Saves what the form holds for each question; answers saved by the page's script are sent again, unchanged. */
    private boolean saveAll() {
        Map<String, String[]> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        try {
            for (QuestionView question : attempt.questions()) {
                String answer = FormAnswers.of(question, form);
                if (answer != null) {
                    attempts.saveAnswer(currentUser.getEmail(), id, question.position(), answer);
                }
            }
            return true;
        } catch (AnswerRefused refused) {
            FacesMessages.error(null, refused.getReason().messageKey());
            if (refused.getReason() == AnswerRefusal.TIME_UP || refused.getReason() == AnswerRefusal.CLOSED) {
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            }
            return false;
        }
    }

    static String page(String attemptId) {
        return "/learning/attempt.xhtml?faces-redirect=true&id=" + attemptId;
    }

    public AttemptView getAttempt() {
        return attempt;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
