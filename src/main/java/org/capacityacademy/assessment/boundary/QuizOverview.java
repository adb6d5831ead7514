package org.capacityacademy.assessment.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.catalog.boundary.ContentLanguages;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.assessment.boundary.QuizViews.QuizView;
import org.capacityacademy.assessment.control.AnswerRefused;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.IOException;
import java.io.Serializable;

/** Backs {@code learning/quiz.xhtml}: a quiz's rules, the learner's attempts, start or continue. */
@Named
@ViewScoped
public class QuizOverview implements Serializable {

    @Inject
    Quizzes quizzes;

    @Inject
    Attempts attempts;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContentLanguages reader;

    private String course;
    private String quiz;
    private QuizView view;

    /** View action: an unknown quiz is a 404. */
    public void load() throws IOException {
        view = quizzes.overview(currentUser.getEmail(), course, quiz, reader).orElse(null);
        if (view == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String start() {
        try {
            return TakeQuiz.page(attempts.start(currentUser.getEmail(), course, quiz, reader));
        } catch (AnswerRefused refused) {
            FacesMessages.error(null, refused.getReason().messageKey());
            return null;
        }
    }

    public QuizView getView() {
        return view;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getQuiz() {
        return quiz;
    }

    public void setQuiz(String quiz) {
        this.quiz = quiz;
    }
}
