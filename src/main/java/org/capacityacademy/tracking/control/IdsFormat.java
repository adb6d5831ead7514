package org.capacityacademy.tracking.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** A statement in xAPI's {@code ids} format: agents, verbs and activities by their identifiers only. */
public final class IdsFormat {

    private IdsFormat() {
    }

    public static JsonObject of(JsonObject statement) {
        JsonObjectBuilder ids = Json.createObjectBuilder(statement)
                .add("actor", agent(statement.getJsonObject("actor")))
                .add("verb", Json.createObjectBuilder().add("id", statement.getJsonObject("verb").getString("id")))
                .add("object", activity(statement.getJsonObject("object")))
                .add("authority", agent(statement.getJsonObject("authority")));
        JsonObject context = statement.getJsonObject("context");
        if (context != null && context.containsKey("contextActivities")) {
            JsonArrayBuilder parents = Json.createArrayBuilder();
            context.getJsonObject("contextActivities").getJsonArray("parent")
                    .forEach(parent -> parents.add(activity(parent.asJsonObject())));
            ids.add("context", Json.createObjectBuilder(context)
                    .add("contextActivities", Json.createObjectBuilder().add("parent", parents)));
        }
        return ids.build();
    }

    private static JsonObject agent(JsonObject agent) {
        return Json.createObjectBuilder(agent).remove("name").build();
    }

    private static JsonValue activity(JsonObject activity) {
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", activity.getString("id")).build();
    }
}
