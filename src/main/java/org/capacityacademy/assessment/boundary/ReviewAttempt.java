package org.capacityacademy.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.catalog.boundary.ContentLanguages;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.assessment.boundary.QuizViews.ReviewView;
import org.capacityacademy.assessment.control.AnswerRefusal;
import org.capacityacademy.assessment.control.AnswerRefused;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonLink;

import java.io.IOException;

/**
 * Backs {@code learning/review.xhtml}: a submitted attempt's score and, when the rules allow, each
 * question's feedback; after a module's quiz, what comes next in the course.
 */
@Named
@RequestScoped
public class ReviewAttempt {

    @Inject
    Attempts attempts;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContentLanguages reader;

    @Inject
    Catalog catalog;

    private String id;
    private ReviewView review;
    private CourseOutline course;

    /** View action: an attempt still open goes back to its page; someone else's is a 404. */
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            review = attempts.review(currentUser.getEmail(), id, reader);
            course = catalog.course(review.courseCode(), reader).orElse(null);
        } catch (AnswerRefused refused) {
            if (refused.getReason() == AnswerRefusal.CLOSED) {
                external.redirect(external.getRequestContextPath() + "/learning/attempt.xhtml?id=" + id);
            } else {
                external.responseSendError(404, null);
            }
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public ReviewView getReview() {
        return review;
    }

    /** The course as published now, in the reader's language; null if it is gone. */
    public CourseOutline getCourse() {
        return course;
    }

    public boolean isFinalAssessment() {
        return course != null && course.finalCode().equals(review.quizCode());
    }

    /** After a module's quiz, the first lesson of the next module; null after the last module (the final assessment is next). */
    public LessonLink getNextLesson() {
        return course == null ? null : course.firstLessonAfter(review.quizCode()).orElse(null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
