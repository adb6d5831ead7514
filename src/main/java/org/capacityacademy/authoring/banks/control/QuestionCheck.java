package org.capacityacademy.authoring.banks.control;

import org.capacityacademy.authoring.banks.control.QuestionForm.Option;
import org.capacityacademy.courseformat.gift.GiftWriter;
import org.capacityacademy.courseformat.gift.QuestionLimits;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an edited question may go into the bank: every problem at once, each a message key
 * (under {@code author.question.error.}) with its values, so that the author hears in their
 * own language what to change. What passes here is written as GIFT that reads back the same.
 */
public final class QuestionCheck {

    /** Every problem found, each a message key under {@code author.question.error.}. */
    public static final List<String> PROBLEMS = List.of("id", "id-taken", "cites-missing", "cite-unknown", "text-empty",
            "text-too-long", "feedback-too-long", "type", "pairs", "answers-few", "answers-many", "answer-empty",
            "answer-too-long", "answer-syntax", "no-right", "one-right", "weight", "weights");

    /** Question ids: those of every course part, stored in a column of 80 characters. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern CITED_SECTION = Pattern.compile("^([a-z]+|\\d+)(\\([a-z]\\))?$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{1,4})?");

    /** One problem: the last part of its message key, and the values the message names. */
    public record Problem(String key, List<String> values) {
        static Problem of(String key, Object... values) {
            return new Problem(key, Arrays.stream(values).map(String::valueOf).toList());
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    private QuestionCheck() {
    }

    /**
     * @param isNew    whether the question is added (its id must then be free)
     * @param takenIds the ids of the course's other questions
     * @param sections the ids of the draft's report sections
     */
    public static List<Problem> check(QuestionForm form, boolean isNew, Set<String> takenIds, Set<String> sections) {
        QuestionCheck check = new QuestionCheck();
        check.id(form, isNew, takenIds);
        check.cites(form, sections);
        check.texts(form);
        try {
            check.answers(form, form.questionType());
        } catch (IllegalArgumentException unknownType) {
            check.problems.add(Problem.of("type"));
        }
        return List.copyOf(check.problems);
    }

    private void id(QuestionForm form, boolean isNew, Set<String> taken) {
        String id = form.getId().strip();
        if (!ID.matcher(id).matches()) {
            problems.add(Problem.of("id"));
        } else if (isNew && taken.contains(id)) {
            problems.add(Problem.of("id-taken", id));
        }
    }

    private void cites(QuestionForm form, Set<String> sections) {
        List<String> cites = form.citations();
        if (cites.isEmpty()) {
            problems.add(Problem.of("cites-missing"));
        }
        for (String cited : cites) {
            var section = CITED_SECTION.matcher(cited);
            if (!section.matches() || !sections.contains(section.group(1))) {
                problems.add(Problem.of("cite-unknown", cited));
            }
        }
    }

    private void texts(QuestionForm form) {
        for (String language : form.getLanguages()) {
            String text = QuestionForm.strip(form.getText().get(language));
            if (text.isEmpty()) {
                problems.add(Problem.of("text-empty", language));
            } else if (text.length() > QuestionLimits.TEXT) {
                problems.add(Problem.of("text-too-long", language, QuestionLimits.TEXT));
            }
            feedback(form.getGeneralFeedback().get(language), language);
            if ("true-false".equals(form.getType())) {
                feedback(form.getWrongFeedback().get(language), language);
                feedback(form.getRightFeedback().get(language), language);
            }
        }
    }

    private void feedback(String feedback, String language) {
        if (feedback != null && feedback.strip().length() > QuestionLimits.FEEDBACK) {
            problems.add(Problem.of("feedback-too-long", language, QuestionLimits.FEEDBACK));
        }
    }

    private void answers(QuestionForm form, QuestionType type) {
        if (type == QuestionType.TRUE_FALSE) {
            return;
        }
        List<Option> options = form.filledOptions();
        int least = switch (type) {
            case MATCHING -> 3;
            case SHORT_ANSWER -> 1;
            default -> 2;
        };
        if (options.size() < least) {
            problems.add(Problem.of(type == QuestionType.MATCHING ? "pairs" : "answers-few", least));
        }
        if (options.size() > QuestionLimits.ANSWERS) {
            problems.add(Problem.of("answers-many", QuestionLimits.ANSWERS));
        }
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            for (String language : form.getLanguages()) {
                // GIFT reads "->" in a right answer as a matching pair: only a pair's right-hand side may hold it
                answerText(option.getText().get(language), type != QuestionType.MULTIPLE_CHOICE, i + 1, language);
                if (type == QuestionType.MATCHING) {
                    answerText(option.getMatch().get(language), false, i + 1, language);
                }
                feedback(option.getFeedback().get(language), language);
            }
        }
        switch (type) {
            case SINGLE_CHOICE -> {
                long right = options.stream().filter(Option::isRight).count();
                if (right != 1) {
                    problems.add(Problem.of(right == 0 ? "no-right" : "one-right"));
                }
            }
            case MULTIPLE_CHOICE -> weights(options);
            default -> {
            }
        }
    }

    /** An answer's text in one language: present, not too long, and free of what GIFT would read as syntax. */
    private void answerText(String text, boolean arrowIsSyntax, int number, String language) {
        String answer = QuestionForm.strip(text);
        if (answer.isEmpty()) {
            problems.add(Problem.of("answer-empty", number, language));
        } else if (answer.length() > QuestionLimits.ANSWER) {
            problems.add(Problem.of("answer-too-long", number, language, QuestionLimits.ANSWER));
        } else if (GiftWriter.readAsSyntax(answer, arrowIsSyntax)) {
            problems.add(Problem.of("answer-syntax", number, language));
        }
    }

    private void weights(List<Option> options) {
        double total = 0;
        boolean readable = true;
        for (int i = 0; i < options.size(); i++) {
            String weight = options.get(i).getWeight() == null ? "" : options.get(i).getWeight().strip();
            if (!NUMBER.matcher(weight).matches() || Math.abs(Double.parseDouble(weight)) > 100) {
                problems.add(Problem.of("weight", i + 1));
                readable = false;
            } else if (Double.parseDouble(weight) > 0) {
                total += Double.parseDouble(weight);
            }
        }
        if (readable && Math.abs(total - 100) > 0.5) {
            problems.add(Problem.of("weights", String.valueOf(Math.round(total * 100) / 100.0).replaceAll("\\.0$", "")));
        }
    }
}
