package org.capacityacademy.assessment.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.PersonalDataRequested;

import static org.capacityacademy.account.boundary.PersonalDataRequested.rows;

/**
 * A person's quiz attempts and every answer they gave, with its score, in their export. Erasure
 * leaves them: they count in the reports' scores, under the anonymous account.
 */
@Stateless
public class AssessmentPrivacy {

    @PersistenceContext
    EntityManager em;

    public void export(@Observes PersonalDataRequested request) {
        request.add("quizAttempts", rows(em.createNativeQuery("SELECT a.public_id, c.code, a.quiz_code, a.attempt_number, "
                        + "a.state, a.language, a.started_at, a.deadline, a.submitted_at, a.submitted_by, a.score, a.passed "
                        + "FROM quiz_attempt a JOIN course c ON c.id = a.course_id WHERE a.account_id = ? ORDER BY a.started_at, a.id")
                .setParameter(1, request.accountId()).getResultList(), "attempt", "course", "quiz", "number", "state", "language",
                "startedAt", "deadline", "submittedAt", "submittedBy", "scorePercent", "passed"));
        request.add("quizAnswers", rows(em.createNativeQuery("SELECT a.public_id, q.position + 1, qu.code, q.response, "
                        + "q.answered_at, q.score FROM attempt_question q JOIN quiz_attempt a ON a.id = q.attempt_id "
                        + "JOIN question qu ON qu.id = q.question_id WHERE a.account_id = ? ORDER BY a.started_at, a.id, q.position")
                .setParameter(1, request.accountId()).getResultList(), "attempt", "position", "question", "response",
                "answeredAt", "score"));
    }
}
