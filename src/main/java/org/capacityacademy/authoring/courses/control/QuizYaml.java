package org.capacityacademy.authoring.courses.control;

import org.capacityacademy.courseformat.FeedbackTiming;
import org.capacityacademy.courseformat.QuizFields;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a quiz is taken, as a module's {@code quiz:} or the course's {@code finalAssessment:}
 * states it, editable field by field on a settings page.
 */
public class QuizYaml implements Serializable {

    public static final int MAX_DRAW = QuizFields.MAX_DRAW;
    public static final int MAX_ATTEMPTS = QuizFields.MAX_ATTEMPTS;
    public static final int MAX_TIME_LIMIT = QuizFields.MAX_TIME_LIMIT;

    private Map<String, String> title = new LinkedHashMap<>();
    private int draw;
    private int passMark = QuizFields.PASS_MARK;
    private int attempts;
    private int timeLimit;
    private boolean shuffle = true;
    private String feedback = FeedbackTiming.AFTER_SUBMIT.fileName();

    static QuizYaml of(QuizFields fields) {
        QuizYaml quiz = new QuizYaml();
        quiz.title = new LinkedHashMap<>(fields.title());
        quiz.draw = fields.draw();
        quiz.passMark = fields.passMark();
        quiz.attempts = fields.attempts();
        quiz.timeLimit = fields.timeLimit();
        quiz.shuffle = fields.shuffle();
        quiz.feedback = fields.feedback();
        return quiz;
    }

    /** The settings as the files hold them, texts in the order of the course's languages. */
    QuizFields fields(java.util.List<String> languages) {
        return new QuizFields(CourseYaml.ordered(title, languages), draw, passMark, attempts, timeLimit, shuffle, feedback);
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public void setTitle(Map<String, String> title) {
        this.title = new LinkedHashMap<>(title);
    }

    public int getDraw() {
        return draw;
    }

    public void setDraw(int draw) {
        this.draw = draw;
    }

    public int getPassMark() {
        return passMark;
    }

    public void setPassMark(int passMark) {
        this.passMark = passMark;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public int getTimeLimit() {
        return timeLimit;
    }

    public void setTimeLimit(int timeLimit) {
        this.timeLimit = timeLimit;
    }

    public boolean isShuffle() {
        return shuffle;
    }

    public void setShuffle(boolean shuffle) {
        this.shuffle = shuffle;
    }

    /** When learners see right answers: {@code after-submit}, {@code after-last-attempt} or {@code score-only}. */
    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
