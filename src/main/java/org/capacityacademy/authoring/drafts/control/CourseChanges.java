package org.capacityacademy.authoring.drafts.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.assessment.boundary.QuestionBanks;
import org.capacityacademy.assessment.entity.Question;
import org.capacityacademy.authoring.drafts.boundary.Publication.Change;
import org.capacityacademy.catalog.entity.Course;
import org.capacityacademy.catalog.entity.CourseModule;
import org.capacityacademy.catalog.entity.Lesson;
import org.capacityacademy.courseformat.ContentHash;
import org.capacityacademy.courseformat.CourseDefinition.LessonDefinition;
import org.capacityacademy.courseformat.CourseDefinition.ModuleDefinition;
import org.capacityacademy.courseformat.CourseDefinition.QuestionDefinition;
import org.capacityacademy.courseformat.CourseDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a checked course would change in what is stored: modules, lessons and questions added,
 * changed or retired, and for each part it retires, how many learners' history uses it (a
 * lesson done or last opened, a question in an attempt, a module's quiz attempted).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CourseChanges {

    @PersistenceContext
    EntityManager em;

    public List<Change> of(String courseCode, CourseDefinition definition) {
        Course course = em.createNamedQuery(Course.FIND_BY_CODE, Course.class).setParameter("code", courseCode)
                .getResultStream().findFirst().orElse(null);
        List<Change> changes = new ArrayList<>();
        Map<String, CourseModule> modules = new HashMap<>();
        Map<String, Lesson> lessons = new HashMap<>();
        Map<String, Question> questions = new HashMap<>();
        if (course != null) {
            em.createNamedQuery(CourseModule.FIND_BY_COURSE, CourseModule.class).setParameter("course", course)
                    .getResultStream().forEach(m -> modules.put(m.getCode(), m));
            em.createNamedQuery(Lesson.FIND_BY_COURSE, Lesson.class).setParameter("course", course.getId())
                    .getResultStream().forEach(l -> lessons.put(l.getCode(), l));
            em.createNamedQuery(Question.FIND_BY_COURSE, Question.class).setParameter("course", course.getId())
                    .getResultStream().forEach(q -> questions.put(q.getCode(), q));
        }
        for (ModuleDefinition module : definition.modules()) {
            CourseModule stored = modules.remove(module.code());
            if (stored == null || stored.isRetired()) {
                changes.add(new Change("module", module.code(), "added", 0));
            }
            for (LessonDefinition lesson : module.lessons()) {
                Lesson storedLesson = lessons.remove(lesson.code());
                if (storedLesson == null || storedLesson.isRetired()) {
                    changes.add(new Change("lesson", lesson.code(), "added", 0));
                } else if (!ContentHash.of(lesson).equals(storedLesson.getContentHash())) {
                    changes.add(new Change("lesson", lesson.code(), "changed", 0));
                }
            }
            for (QuestionDefinition question : module.questions()) {
                Question storedQuestion = questions.remove(question.code());
                if (storedQuestion == null || storedQuestion.isRetired()) {
                    changes.add(new Change("question", question.code(), "added", 0));
                } else if (!storedQuestion.holds(ContentHash.of(question))
                        && !QuestionBanks.sameContent(storedQuestion, question)) {
                    changes.add(new Change("question", question.code(), "changed", 0));
                }
            }
        }
        modules.values().stream().filter(m -> !m.isRetired()).forEach(m -> changes.add(new Change("module", m.getCode(),
                "retired", count("SELECT COUNT(DISTINCT account_id) FROM quiz_attempt WHERE module_id = ?1", m.getId()))));
        lessons.values().stream().filter(l -> !l.isRetired()).forEach(l -> changes.add(new Change("lesson", l.getCode(),
                "retired", count("SELECT COUNT(DISTINCT e.account_id) FROM enrolment e WHERE e.last_lesson_id = ?1 "
                        + "OR e.id IN (SELECT c.enrolment_id FROM lesson_completion c WHERE c.lesson_id = ?1)", l.getId()))));
        questions.values().stream().filter(q -> !q.isRetired()).forEach(q -> changes.add(new Change("question",
                q.getCode(), "retired", count("SELECT COUNT(DISTINCT a.account_id) FROM quiz_attempt a "
                        + "JOIN attempt_question q ON q.attempt_id = a.id WHERE q.question_id = ?1", q.getId()))));
        return changes;
    }

    private long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }
}
