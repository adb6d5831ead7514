package org.capacityacademy.assessment.boundary;

import org.capacityacademy.assessment.boundary.QuizViews.QuestionView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a question's answer from the posted attempt form, whose inputs are named
 * {@code q<position>} (for matching {@code q<position>-<left>}), into the form the server
 * keeps. Null when the form holds no answer to it, so nothing saved is overwritten by a blank.
 */
final class FormAnswers {

    private FormAnswers() {
    }

    static String of(QuestionView question, Map<String, String[]> form) {
        String name = "q" + question.position();
        return switch (question.type()) {
            case "multiple-choice" -> form.containsKey(name + "-present") ? String.join(",", values(form, name)) : null;
            case "matching" -> {
                List<String> chosen = new ArrayList<>();
                boolean any = false;
                for (int left = 0; left < question.options().size(); left++) {
                    List<String> value = values(form, name + "-" + left);
                    String choice = value.isEmpty() ? "" : value.get(0);
                    any |= !choice.isEmpty();
                    chosen.add(choice);
                }
                yield any ? String.join(",", chosen) : null;
            }
            default -> {
                List<String> value = values(form, name);
                yield value.isEmpty() || (value.get(0).isBlank() && !question.answered()) ? null : value.get(0);
            }
        };
    }

    private static List<String> values(Map<String, String[]> form, String name) {
        String[] values = form.get(name);
        return values == null ? List.of() : List.of(values);
    }
}
