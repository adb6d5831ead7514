package org.capacityacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A question as one attempt shows it (its place, and its options in the order drawn) with the
 * learner's answer, saved the moment it is given, and once submitted its score from 0 to 1.
 * One row per question, so saving an answer writes one small row.
 */
@Entity
@Table(name = "attempt_question")
@IdClass(AttemptQuestion.Key.class)
@NamedQuery(name = AttemptQuestion.FIND_OF_ATTEMPT, query = "SELECT q FROM AttemptQuestion q "
        + "WHERE q.attemptId = :attempt ORDER BY q.position")
public class AttemptQuestion {

    public static final String FIND_OF_ATTEMPT = "AttemptQuestion.findOfAttempt";

    /** The longest answer kept, in characters. */
    public static final int RESPONSE_LENGTH = 2000;

    @Id
    @Column(name = "attempt_id")
    private long attemptId;

    @Id
    private int position;

    @Column(name = "question_id")
    private long questionId;

    @Column(name = "option_order")
    private String optionOrder;

    @Column(name = "match_order")
    private String matchOrder;

    @Column(length = RESPONSE_LENGTH)
    private String response;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private BigDecimal score;

    /** The primary key: attempt and position. */
    public static class Key implements Serializable {
        private long attemptId;
        private int position;

        public Key() {
        }

        public Key(long attemptId, int position) {
            this.attemptId = attemptId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.attemptId == attemptId && key.position == position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, position);
        }
    }

    protected AttemptQuestion() {
    }

    public AttemptQuestion(long attemptId, int position, long questionId, List<Integer> optionOrder,
                           List<Integer> matchOrder) {
        this.attemptId = attemptId;
        this.position = position;
        this.questionId = questionId;
        this.optionOrder = join(optionOrder);
        this.matchOrder = join(matchOrder);
    }

    public void answer(String response, Instant now) {
        this.response = response;
        this.answeredAt = now;
    }

    public void grade(BigDecimal score) {
        this.score = score;
    }

    public int getPosition() {
        return position;
    }

    public long getQuestionId() {
        return questionId;
    }

    /** The bank's answer indexes in the order shown. */
    public List<Integer> getOptionOrder() {
        return split(optionOrder);
    }

    /** For matching: the right-hand sides' indexes in the order shown. */
    public List<Integer> getMatchOrder() {
        return split(matchOrder);
    }

    public String getResponse() {
        return response;
    }

    public boolean isAnswered() {
        return response != null;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public BigDecimal getScore() {
        return score;
    }

    private static String join(List<Integer> indexes) {
        return String.join(",", indexes.stream().map(String::valueOf).toList());
    }

    private static List<Integer> split(String indexes) {
        return indexes.isEmpty() ? List.of() : Arrays.stream(indexes.split(",")).map(Integer::valueOf).toList();
    }
}
