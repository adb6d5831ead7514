package org.capacityacademy.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.assessment.boundary.Quizzes.QuizStanding;
import org.capacityacademy.platform.boundary.TextFormat;
import org.capacityacademy.platform.control.Messages;
import org.capacityacademy.platform.boundary.Language;

import java.util.Map;

/** The learner's best score and pass in each quiz of a course, beside the quizzes on the course page. */
@Named
@RequestScoped
public class QuizStandings {

    @Inject
    Quizzes quizzes;

    @Inject
    CurrentUser currentUser;

    @Inject
    TextFormat format;

    @Inject
    Language language;

    private Map<String, QuizStanding> standings;
    private long courseId = -1;

    /** Null when the learner has not attempted the quiz (or nobody is signed in). */
    public QuizStanding of(long course, String quiz) {
        if (!currentUser.isSignedIn()) {
            return null;
        }
        if (standings == null || courseId != course) {
            standings = quizzes.standings(currentUser.getEmail(), course);
            courseId = course;
        }
        return standings.get(quiz);
    }

    /** E.g. "best 80% · passed". */
    public String describe(long course, String quiz) {
        QuizStanding standing = of(course, quiz);
        if (standing == null) {
            return "";
        }
        String best = standing.best() == null ? Messages.text(language.getLocale(), "quiz.inProgress")
                : format.one(Messages.text(language.getLocale(), "quiz.best"), standing.best());
        return standing.passed() ? best + " · " + Messages.text(language.getLocale(), "quiz.passed") : best;
    }
}
