package org.capacityacademy.learning.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.PersonalDataRequested;

import static org.capacityacademy.account.boundary.PersonalDataRequested.rows;

/**
 * A person's enrolments and lesson progress, in their export. Erasure leaves them as they are:
 * they belong to the anonymous account from then on, so the reports' counts stay right.
 */
@Stateless
public class LearningPrivacy {

    @PersistenceContext
    EntityManager em;

    public void export(@Observes PersonalDataRequested request) {
        request.add("enrolments", rows(em.createNativeQuery("SELECT c.code, e.active, e.enrolled_at, e.unenrolled_at, "
                        + "l.code, e.last_activity_at, e.final_passed_at, e.completed_at, "
                        + "CASE WHEN e.enrolled_by IS NULL THEN FALSE ELSE TRUE END FROM enrolment e "
                        + "JOIN course c ON c.id = e.course_id LEFT JOIN lesson l ON l.id = e.last_lesson_id "
                        + "WHERE e.account_id = ? ORDER BY e.enrolled_at").setParameter(1, request.accountId()).getResultList(),
                "course", "active", "enrolledAt", "unenrolledAt", "lastLesson", "lastActivityAt", "finalAssessmentPassedAt",
                "completedAt", "enrolledByAnAdministrator"));
        request.add("lessonsCompleted", rows(em.createNativeQuery("SELECT c.code, l.code, lc.completed_at "
                        + "FROM lesson_completion lc JOIN enrolment e ON e.id = lc.enrolment_id JOIN lesson l ON l.id = lc.lesson_id "
                        + "JOIN course c ON c.id = e.course_id WHERE e.account_id = ? ORDER BY lc.completed_at")
                .setParameter(1, request.accountId()).getResultList(), "course", "lesson", "completedAt"));
    }
}
