package org.capacityacademy.authoring.insight.control;

import java.time.Instant;
import java.util.Map;

/**
 * One enrolled learner's progress in a course, as the instructors' view lists it. An erased
 * person has no name or e-mail address here, only {@code erased}.
 *
 * @param lessonsDone the required lessons in use that the learner completed
 * @param quizzes     results by quiz code (the modules' codes and the final assessment's); a quiz never submitted is absent
 * @param started     whether the learner completed any lesson or started any quiz
 */
public record LearnerProgress(long accountId, String name, String email, boolean erased, String countryCode,
                              Instant enrolledAt, long lessonsDone, Map<String, QuizResult> quizzes, boolean started,
                              Instant completedAt) {

    public QuizResult quiz(String code) {
        return quizzes.get(code);
    }

    public LearnerStatus status() {
        if (completedAt != null) {
            return LearnerStatus.COMPLETED;
        }
        return started ? LearnerStatus.IN_PROGRESS : LearnerStatus.NOT_STARTED;
    }
}
