package org.capacityacademy.authoring.insight.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.capacityacademy.assessment.entity.AttemptState;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates over the answers kept in a course's submitted attempts, each one GROUP BY in the
 * database (attempts found by their course index, their questions by the attempt's key):
 * <ul>
 *   <li>per question, the answers given and those that earned the full mark;</li>
 *   <li>per choice question, the answers grouped by the order the attempt showed the options and
 *       the answer given, for {@link ChoiceTally} to name in the bank's terms;</li>
 *   <li>per short-answer question, the wrong text given most often (lower case, spaces trimmed; an
 *       answer that earned no mark), ranked by the database with a window function.</li>
 * </ul>
 */
public class AnswerQueries {

    private static final List<QuestionType> CHOICES = List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE,
            QuestionType.TRUE_FALSE, QuestionType.MATCHING);

    private final EntityManager em;

    public AnswerQueries(EntityManager em) {
        this.em = em;
    }

    /** By question id: {answered, correct}. */
    public Map<Long, long[]> totals(long courseId) {
        Map<Long, long[]> totals = new HashMap<>();
        em.createQuery("SELECT q.questionId, COUNT(q.response), SUM(CASE WHEN q.score >= 1 AND q.response IS NOT NULL "
                        + "THEN 1 ELSE 0 END) FROM Attempt a, AttemptQuestion q WHERE q.attemptId = a.id "
                        + "AND a.courseId = :course AND a.state = :submitted GROUP BY q.questionId", Object[].class)
                .setParameter("course", courseId).setParameter("submitted", AttemptState.SUBMITTED)
                .getResultStream().forEach(row -> totals.put((Long) row[0], new long[] {number(row[1]), number(row[2])}));
        return totals;
    }

    /** The choice questions' tallies, by question id, for the questions given (their content in the page's language). */
    public Map<Long, ChoiceTally> tallies(long courseId, Map<Long, GiftQuestion> questions) {
        Map<Long, ChoiceTally> tallies = new HashMap<>();
        em.createQuery("SELECT q.questionId, q.optionOrder, q.matchOrder, q.response, COUNT(q) "
                        + "FROM Attempt a, AttemptQuestion q, Question x WHERE q.attemptId = a.id AND x.id = q.questionId "
                        + "AND a.courseId = :course AND a.state = :submitted AND q.response IS NOT NULL AND x.type IN :types "
                        + "GROUP BY q.questionId, q.optionOrder, q.matchOrder, q.response", Object[].class)
                .setParameter("course", courseId).setParameter("submitted", AttemptState.SUBMITTED)
                .setParameter("types", CHOICES)
                .getResultStream().forEach(row -> {
                    GiftQuestion question = questions.get((Long) row[0]);
                    if (question != null && question.type() != QuestionType.SHORT_ANSWER) {
                        tallies.computeIfAbsent((Long) row[0], id -> new ChoiceTally(question))
                                .add((String) row[1], (String) row[2], (String) row[3], number(row[4]));
                    }
                });
        return tallies;
    }

    /** By short-answer question id: the wrong text given most often and how often (the first in text order on a tie). */
    public Map<Long, Map.Entry<String, Long>> commonestWrongTexts(long courseId) {
        Query query = em.createNativeQuery("SELECT question_id, answer, answers FROM ("
                + "SELECT question_id, answer, answers, "
                + "ROW_NUMBER() OVER (PARTITION BY question_id ORDER BY answers DESC, answer) AS place FROM ("
                + "SELECT question_id, answer, COUNT(*) AS answers FROM ("
                + "SELECT aq.question_id, LOWER(TRIM(aq.response)) AS answer "
                + "FROM quiz_attempt a JOIN attempt_question aq ON aq.attempt_id = a.id JOIN question q ON q.id = aq.question_id "
                + "WHERE a.course_id = ?1 AND a.state = ?2 AND q.question_type = ?3 AND aq.response IS NOT NULL "
                + "AND aq.score = 0) given WHERE answer <> '' GROUP BY question_id, answer) grouped) ranked WHERE place = 1");
        query.setParameter(1, courseId);
        query.setParameter(2, AttemptState.SUBMITTED.name());
        query.setParameter(3, QuestionType.SHORT_ANSWER.name());
        Map<Long, Map.Entry<String, Long>> texts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            texts.put(number(cells[0]), Map.entry((String) cells[1], number(cells[2])));
        }
        return texts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
