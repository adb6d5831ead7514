package org.capacityacademy.assessment.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A question's content as stored (the JSON JSON-B writes of a {@link GiftQuestion}) read back
 * member by member: the record has a second constructor (a question in plain text), which JSON-B
 * does not choose between, and rows written before questions had a format have no {@code format}.
 */
public final class StoredQuestion {

    private StoredQuestion() {
    }

    public static GiftQuestion read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject question = reader.readObject();
            List<GiftAnswer> answers = new ArrayList<>();
            for (JsonValue value : question.getJsonArray("answers")) {
                JsonObject answer = value.asJsonObject();
                answers.add(new GiftAnswer(text(answer, "text"), text(answer, "match"),
                        answer.getJsonNumber("weight").doubleValue(), text(answer, "feedback"), text(answer, "rightFeedback")));
            }
            List<String> cites = new ArrayList<>();
            JsonArray citing = question.containsKey("cites") && !question.isNull("cites") ? question.getJsonArray("cites") : null;
            if (citing != null) {
                citing.getValuesAs(jakarta.json.JsonString.class).forEach(cite -> cites.add(cite.getString()));
            }
            JsonNumber line = question.containsKey("line") ? question.getJsonNumber("line") : null;
            return new GiftQuestion(text(question, "id"), QuestionType.valueOf(question.getString("type")), text(question, "text"),
                    answers, text(question, "generalFeedback"), cites, line == null ? 0 : line.intValue(), text(question, "format"));
        }
    }

    private static String text(JsonObject object, String member) {
        return object.containsKey(member) && !object.isNull(member) ? object.getString(member) : null;
    }
}
