package org.capacityacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.capacityacademy.assessment.control.AnswerSheet;
import org.capacityacademy.assessment.control.Grader;
import org.capacityacademy.assessment.control.ResponseFormat;
import org.capacityacademy.assessment.entity.Attempt;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.assessment.entity.Question;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.QuizOutline;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.capacityacademy.tracking.boundary.LearningEvent.Activity;
import org.capacityacademy.tracking.boundary.LearningEvent.ActivityType;
import org.capacityacademy.tracking.boundary.LearningEvent.Result;
import org.capacityacademy.tracking.boundary.LearningEvent.Verb;
import org.capacityacademy.tracking.boundary.LearningEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What quiz attempts tell the tracking component, as xAPI-shaped learning events. */
@ApplicationScoped
public class AttemptEvents {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    Event<LearningEvent> events;

    @Inject
    Catalog catalog;

    void attempted(Attempt attempt, QuizOutline quiz) {
        events.fire(new LearningEvent(attempt.getAccountId(), Verb.ATTEMPTED, quizActivity(quiz), course(quiz),
                new Result(null, null, null, null, null, null, null, null, registration(attempt)),
                attempt.getStartedAt()));
    }

    void answered(Attempt attempt, AttemptQuestion asked, Question question, GiftQuestion content, Instant now) {
        events.fire(answered(attempt.getAccountId(), catalog.courseCode(attempt.getCourseId()), attempt.getLanguage(),
                attempt.getPublicId(), AnswerSheets.asked(asked, question, content), asked.getResponse(), now));
    }

    /** The event of an answer given: the question (in the attempt's language), the answer and its score. */
    static LearningEvent answered(long accountId, String courseCode, String language, String attemptId,
                                  AnswerSheet.Asked asked, String response, Instant now) {
        BigDecimal score = Grader.score(asked.content(), asked.optionOrder(), asked.matchOrder(), response);
        Activity activity = new Activity(ActivityType.QUESTION, Activity.questionPath(courseCode, asked.questionCode()),
                Map.of(language, asked.content().text()), interactionType(asked.type()));
        Activity course = new Activity(ActivityType.COURSE, Activity.coursePath(courseCode), Map.of(), null);
        return new LearningEvent(accountId, Verb.ANSWERED, activity, course,
                new Result(score, null, null, null, score.compareTo(BigDecimal.ONE) == 0, null, null,
                        xapiResponse(asked, response), UUID.fromString(attemptId)), now);
    }

    void finished(Attempt attempt, QuizOutline quiz) {
        BigDecimal percent = attempt.getScore();
        events.fire(new LearningEvent(attempt.getAccountId(), attempt.isPassed() ? Verb.PASSED : Verb.FAILED,
                quizActivity(quiz), course(quiz),
                new Result(percent.divide(HUNDRED, 4, RoundingMode.HALF_UP), percent, BigDecimal.ZERO, HUNDRED,
                        attempt.isPassed(), true, Duration.between(attempt.getStartedAt(), attempt.getSubmittedAt()),
                        null, registration(attempt)), attempt.getSubmittedAt()));
    }

    private static Activity quizActivity(QuizOutline quiz) {
        return new Activity(ActivityType.ASSESSMENT, Activity.quizPath(quiz.courseCode(), quiz.code()), quiz.titles(), null);
    }

    private static Activity course(QuizOutline quiz) {
        return new Activity(ActivityType.COURSE, Activity.coursePath(quiz.courseCode()), quiz.courseTitles(), null);
    }


    private static UUID registration(Attempt attempt) {
        return UUID.fromString(attempt.getPublicId());
    }

    private static String interactionType(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "choice";
            case TRUE_FALSE -> "true-false";
            case MATCHING -> "matching";
            case SHORT_ANSWER -> "fill-in";
        };
    }

    /** The answer in xAPI's response format, naming the bank's options (not their shown places). */
    private static String xapiResponse(AnswerSheet.Asked asked, String response) {
        List<Integer> options = asked.optionOrder();
        return switch (interactionTypeOf(asked)) {
            case "choice" -> ResponseFormat.choices(response).stream().map(i -> "option-" + options.get(i))
                    .collect(Collectors.joining("[,]"));
            case "matching" -> {
                List<Integer> chosen = ResponseFormat.choices(response);
                StringBuilder pairs = new StringBuilder();
                for (int i = 0; i < chosen.size(); i++) {
                    if (chosen.get(i) >= 0) {
                        pairs.append(pairs.isEmpty() ? "" : "[,]").append("source-").append(options.get(i))
                                .append("[.]target-").append(asked.matchOrder().get(chosen.get(i)));
                    }
                }
                yield pairs.toString();
            }
            default -> response;
        };
    }

    private static String interactionTypeOf(AnswerSheet.Asked asked) {
        if (!asked.matchOrder().isEmpty()) {
            return "matching";
        }
        return asked.optionOrder().isEmpty() ? "text" : "choice";
    }
}
