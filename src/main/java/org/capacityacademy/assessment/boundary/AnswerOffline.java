package org.capacityacademy.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.assessment.control.AnswerRefused;
import org.capacityacademy.assessment.entity.Paper;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.QuizOutline;
import org.capacityacademy.catalog.boundary.ContentLanguages;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.util.List;

/**
 * Backs {@code learning/offline-quiz.xhtml}: a module quiz to answer on the device, offline or not
 * (issue 19). The page holds a paper's questions and options, never the answer key; the answers
 * are kept on the device and sent by its queue, and the attempt exists once the first one arrives.
 */
@Named("offlineQuiz")
@RequestScoped
public class AnswerOffline {

    @Inject
    Attempts attempts;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContentLanguages reader;

    private String course;
    private String quiz;
    private QuizOutline outline;
    private Paper paper;
    private List<QuizViews.QuestionView> questions = List.of();

    /** View action: the learner's paper, or the reason there is none (not enrolled, a timed quiz, no such quiz). */
    public void load() {
        outline = course == null || quiz == null ? null : catalog.quiz(course, quiz, reader).orElse(null);
        try {
            paper = attempts.paper(currentUser.getEmail(), course, quiz, reader);
            questions = attempts.questionsOf(paper);
        } catch (AnswerRefused refused) {
            FacesMessages.error(null, refused.getReason().messageKey());
        }
    }

    public QuizOutline getOutline() {
        return outline;
    }

    public Paper getPaper() {
        return paper;
    }

    public List<QuizViews.QuestionView> getQuestions() {
        return questions;
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
