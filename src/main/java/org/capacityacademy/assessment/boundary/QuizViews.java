package org.capacityacademy.assessment.boundary;

import org.capacityacademy.assessment.entity.SubmittedBy;
import org.capacityacademy.courseformat.FeedbackTiming;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the quiz pages show: plain values in one language. The answer key is only in reviews that may show it. */
public final class QuizViews {

    private QuizViews() {
    }

    /**
     * A quiz as the learner sees it before starting: its rules and their attempts so far.
     *
     * @param questions     how many questions an attempt has
     * @param attemptsLeft  -1 when unlimited
     * @param openAttempt   the attempt under way, or null
     */
    public record QuizView(String courseCode, String courseTitle, String code, String title, String language,
                           boolean finalAssessment, int questions, int passMark, int attemptsAllowed, int timeLimit,
                           FeedbackTiming feedback, boolean enrolled, List<AttemptSummary> attempts,
                           String openAttempt, int attemptsLeft, BigDecimal best, boolean passed) implements Serializable {

        public boolean canStart() {
            return enrolled && openAttempt == null && attemptsLeft != 0 && questions > 0;
        }
    }

    public record AttemptSummary(String id, int number, boolean submitted, Instant startedAt, Instant submittedAt,
                                 BigDecimal score, boolean passed, SubmittedBy submittedBy) implements Serializable {
    }

    /**
     * An attempt under way.
     *
     * @param secondsLeft -1 when untimed
     */
    public record AttemptView(String id, String courseCode, String courseTitle, String quizCode, String title,
                              String language, int number, Instant deadline, long secondsLeft,
                              List<QuestionView> questions) implements Serializable {

        public long answered() {
            return questions.stream().filter(QuestionView::answered).count();
        }
    }

    /**
     * A question of an attempt, its options in the order drawn, and the answer saved so far.
     *
     * @param type     single-choice, multiple-choice, true-false, matching or short-answer
     * @param options  the choices; for matching, the left-hand items
     * @param matches  for matching, the right-hand choices
     * @param chosen   the saved choices by shown index (for matching: per left-hand item, -1 when none)
     * @param html     whether {@code text} and {@code options} are HTML (cleaned, to be shown as such), not plain text
     */
    public record QuestionView(int position, String type, String text, List<String> options, List<String> matches,
                               String response, List<Integer> chosen, Instant answeredAt, boolean html) implements Serializable {

        public boolean answered() {
            return response != null;
        }

        public boolean isChosen(int option) {
            return chosen.contains(option);
        }

        /** For matching: whether the left-hand item {@code left} was given the right-hand choice {@code match}. */
        public boolean isMatched(int left, int match) {
            return left < chosen.size() && chosen.get(left) == match;
        }

        /** The 1-based number shown. */
        public int number() {
            return position + 1;
        }
    }

    /**
     * A submitted attempt. Question details are empty when the quiz's feedback timing does not
     * allow them yet.
     */
    public record ReviewView(String id, String courseCode, String courseTitle, String quizCode, String title,
                             String language, int number, BigDecimal score, boolean passed, int passMark, Instant submittedAt,
                             SubmittedBy submittedBy, boolean feedbackShown, FeedbackTiming feedback,
                             List<ReviewedQuestion> questions) implements Serializable {
    }

    /**
     * One question of a review.
     *
     * @param verdict right, partly, wrong or unanswered
     * @param given   for short answers: what the learner wrote
     * @param html    whether the texts (question, options' texts, feedback) are HTML to be shown as such
     */
    public record ReviewedQuestion(int number, String type, String text, BigDecimal score, String verdict,
                                   List<ReviewedOption> options, String given, List<String> accepted,
                                   String feedback, String generalFeedback, List<Citation> cites, boolean html) implements Serializable {
    }

    /**
     * An option of a reviewed question: for matching, {@code text} is the left-hand item,
     * {@code chosenMatch} what the learner paired it with and {@code rightMatch} the right pair.
     */
    public record ReviewedOption(String text, boolean chosen, boolean right, String feedback, String chosenMatch,
                                 String rightMatch) implements Serializable {
    }

    /** A report paragraph a question rests on, linked to the lesson that quotes it. */
    public record Citation(String label, String href) implements Serializable {
    }
}
