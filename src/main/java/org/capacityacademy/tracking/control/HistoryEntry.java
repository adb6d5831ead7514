package org.capacityacademy.tracking.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.capacityacademy.tracking.boundary.LearningEvent.ActivityType;
import org.capacityacademy.tracking.boundary.LearningEvent.Verb;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a learner's history shows of one statement: what they did, to what, how it went, when.
 *
 * @param verb  null for a verb the platform does not name
 * @param type  null for an activity type the platform does not name
 * @param names the activity's name by language
 */
public record HistoryEntry(Verb verb, ActivityType type, Map<String, String> names, BigDecimal scaled,
                           Boolean success, Instant timestamp) {

    public static HistoryEntry of(String statementJson) {
        try (JsonReader reader = Json.createReader(new StringReader(statementJson))) {
            JsonObject statement = reader.readObject();
            String verb = statement.getJsonObject("verb").getString("id");
            JsonObject definition = statement.getJsonObject("object").getJsonObject("definition");
            String type = definition == null ? null : definition.getString("type", null);
            Map<String, String> names = new LinkedHashMap<>();
            if (definition != null && definition.containsKey("name")) {
                definition.getJsonObject("name").forEach((language, name) -> names.put(language,
                        definition.getJsonObject("name").getString(language)));
            }
            JsonObject result = statement.getJsonObject("result");
            BigDecimal scaled = result != null && result.containsKey("score") && result.getJsonObject("score").containsKey("scaled")
                    ? result.getJsonObject("score").getJsonNumber("scaled").bigDecimalValue() : null;
            Boolean success = result != null && result.containsKey("success") ? result.getBoolean("success") : null;
            return new HistoryEntry(Arrays.stream(Verb.values()).filter(v -> v.iri().equals(verb)).findFirst().orElse(null),
                    Arrays.stream(ActivityType.values()).filter(t -> t.iri().equals(type)).findFirst().orElse(null),
                    names, scaled, success, Instant.parse(statement.getString("timestamp")));
        }
    }

    /** The activity's name in the language asked for, else in English, else in any; with its language. */
    public Optional<Map.Entry<String, String>> nameIn(String language) {
        if (names.containsKey(language)) {
            return Optional.of(Map.entry(language, names.get(language)));
        }
        if (names.containsKey("en")) {
            return Optional.of(Map.entry("en", names.get("en")));
        }
        return names.entrySet().stream().findFirst();
    }
}
