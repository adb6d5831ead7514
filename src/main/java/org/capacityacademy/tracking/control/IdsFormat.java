package org.capacityacademy.tracking.control;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** A statement in xAPI's {@code ids} format: agents, verbs and activities by their identifiers only. */
public final class IdsFormat {

    /** Looked up once: {@code Json.create…} looks the provider up through the class loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private IdsFormat() {
    }

    public static JsonObject of(JsonObject statement) {
        JsonObjectBuilder ids = JSON.createObjectBuilder(statement)
                .add("actor", agent(statement.getJsonObject("actor")))
                .add("verb", JSON.createObjectBuilder().add("id", statement.getJsonObject("verb").getString("id")))
                .add("object", activity(statement.getJsonObject("object")))
                .add("authority", agent(statement.getJsonObject("authority")));
        JsonObject context = statement.getJsonObject("context");
        if (context != null && context.containsKey("contextActivities")) {
            JsonArrayBuilder parents = JSON.createArrayBuilder();
            context.getJsonObject("contextActivities").getJsonArray("parent")
                    .forEach(parent -> parents.add(activity(parent.asJsonObject())));
            ids.add("context", JSON.createObjectBuilder(context)
                    .add("contextActivities", JSON.createObjectBuilder().add("parent", parents)));
        }
        return ids.build();
    }

    private static JsonObject agent(JsonObject agent) {
        return JSON.createObjectBuilder(agent).remove("name").build();
    }

    private static JsonValue activity(JsonObject activity) {
        return JSON.createObjectBuilder().add("objectType", "Activity").add("id", activity.getString("id")).build();
    }
}
