package org.capacityacademy.authoring.control;

import org.capacityacademy.courseformat.FeedbackTiming;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a quiz is taken, as a module's {@code quiz:} or the course's {@code finalAssessment:}
 * states it, editable field by field. Absent fields take the format's defaults.
 */
public class QuizYaml implements Serializable {

    public static final int MAX_DRAW = 1000;
    public static final int MAX_ATTEMPTS = 100;
    public static final int MAX_TIME_LIMIT = 600;

    private Map<String, String> title = new LinkedHashMap<>();
    private int draw;
    private int passMark = 70;
    private int attempts;
    private int timeLimit;
    private boolean shuffle = true;
    private String feedback = FeedbackTiming.AFTER_SUBMIT.fileName();

    static QuizYaml read(Map<?, ?> fields, int defaultDraw) {
        QuizYaml quiz = new QuizYaml();
        quiz.title = Texts.localized(fields.get("title"));
        quiz.draw = Texts.number(fields.get("draw"), defaultDraw);
        quiz.passMark = Texts.number(fields.get("passMark"), 70);
        quiz.attempts = Texts.number(fields.get("attempts"), 0);
        quiz.timeLimit = Texts.number(fields.get("timeLimit"), 0);
        quiz.shuffle = Texts.flag(fields.get("shuffle"), true);
        quiz.feedback = Texts.string(fields.get("feedback"), FeedbackTiming.AFTER_SUBMIT.fileName());
        return quiz;
    }

    /** The settings, one line each, title first. */
    void write(YamlWriter yaml, int indent, List<String> languages) {
        yaml.texts(indent, "title", title, languages)
                .field(indent, "draw", draw)
                .field(indent, "passMark", passMark)
                .field(indent, "attempts", attempts)
                .field(indent, "timeLimit", timeLimit)
                .field(indent, "shuffle", shuffle)
                .field(indent, "feedback", feedback);
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
