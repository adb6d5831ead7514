package org.capacityacademy.authoring.insight.control;

import java.util.List;

/**
 * What the learners' table shows of the course itself: its title, the required lessons in use,
 * and its quizzes in order (each module's, then the final assessment).
 */
public record ProgressColumns(long courseId, String code, String title, String language, long requiredLessons,
                              List<Quiz> quizzes) {

    /** A quiz column: the quiz's code and title in the page's language. */
    public record Quiz(String code, String title, boolean finalAssessment) {
    }
}
