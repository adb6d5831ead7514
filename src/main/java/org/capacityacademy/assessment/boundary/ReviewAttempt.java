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

import java.io.IOException;

/** Backs {@code learning/review.xhtml}: a submitted attempt's score and, when the rules allow, each question's feedback. */
@Named
@RequestScoped
public class ReviewAttempt {

    @Inject
    Attempts attempts;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContentLanguages reader;

    private String id;
    private ReviewView review;

    /** View action: an attempt still open goes back to its page; someone else's is a 404. */
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            review = attempts.review(currentUser.getEmail(), id, reader);
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

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
