package org.capacityacademy.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.capacityacademy.courseformat.FeedbackTiming;

import java.io.Serializable;

/**
 * How a quiz is taken: how many questions are drawn, the pass mark, attempts allowed, time
 * limit, order and when feedback is shown. Kept with the module (or the course, for the final
 * assessment) and copied into each attempt when it starts, so that later edits never change
 * an attempt already under way.
 */
@Embeddable
public class QuizRules implements Serializable {

    /** Questions drawn at random from the bank; 0 means all of them. */
    @Column(name = "quiz_draw")
    private int draw;

    @Column(name = "pass_mark")
    private int passMark;

    /** 0 means unlimited. */
    private int attempts;

    /** Minutes; 0 means no time limit. */
    @Column(name = "time_limit")
    private int timeLimit;

    private boolean shuffle;

    @Enumerated(EnumType.STRING)
    private FeedbackTiming feedback;

    protected QuizRules() {
    }

    public QuizRules(int draw, int passMark, int attempts, int timeLimit, boolean shuffle, FeedbackTiming feedback) {
        this.draw = draw;
        this.passMark = passMark;
        this.attempts = attempts;
        this.timeLimit = timeLimit;
        this.shuffle = shuffle;
        this.feedback = feedback;
    }

    /** A copy for another owner: an embedded value belongs to one entity. */
    public QuizRules copy() {
        return new QuizRules(draw, passMark, attempts, timeLimit, shuffle, feedback);
    }

    public int getDraw() {
        return draw;
    }

    public int getPassMark() {
        return passMark;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getTimeLimit() {
        return timeLimit;
    }

    public boolean isShuffle() {
        return shuffle;
    }

    public FeedbackTiming getFeedback() {
        return feedback;
    }

    public boolean isUnlimited() {
        return attempts == 0;
    }

    public boolean isTimed() {
        return timeLimit > 0;
    }
}
