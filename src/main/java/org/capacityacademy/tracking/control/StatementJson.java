package org.capacityacademy.tracking.control;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import org.capacityacademy.tracking.boundary.LearningEvent;
import org.capacityacademy.tracking.boundary.LearningEvent.Activity;
import org.capacityacademy.tracking.boundary.LearningEvent.Result;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a learning event as an xAPI 1.0.3 statement. People are identified by an account on
 * the platform (its public address and their account id), never by their e-mail address.
 */
public final class StatementJson {

    /** Looked up once: {@code Json.create…} looks the provider up through the class loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The xAPI version the platform speaks: the version header of every answer and request. */
    public static final String VERSION = "1.0.3";
    /**
     * The version each statement carries: what the platform, as the statement's generator,
     * writes. Receivers accept any 1.0.x; 1.0.0 is what generators are expected to write.
     */
    public static final String STATEMENT_VERSION = "1.0.0";
    public static final String PLATFORM = "Capacity Academy";
    static final String ACTIVITIES = "/xapi/activities/";
    /** The account name of the platform itself, the authority of every statement. */
    public static final String AUTHORITY_ACCOUNT = "platform";

    private final String homePage;

    /** @param publicUrl the platform's address, {@code public.url} */
    public StatementJson(String publicUrl) {
        this.homePage = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String getHomePage() {
        return homePage;
    }

    public String activityId(Activity activity) {
        return homePage + ACTIVITIES + activity.path();
    }

    /** The person as an Agent identified by their account; the name only when known. */
    public JsonObject agent(long accountId, String name) {
        JsonObjectBuilder agent = JSON.createObjectBuilder().add("objectType", "Agent");
        if (name != null && !name.isBlank()) {
            agent.add("name", name);
        }
        return agent.add("account", JSON.createObjectBuilder().add("homePage", homePage)
                .add("name", Long.toString(accountId))).build();
    }

    /** The platform itself, the authority vouching for every statement it stores. */
    public JsonObject authority() {
        return JSON.createObjectBuilder().add("objectType", "Agent").add("name", PLATFORM)
                .add("account", JSON.createObjectBuilder().add("homePage", homePage).add("name", AUTHORITY_ACCOUNT)).build();
    }

    /**
     * The statement as recorded, without its stored time (given after the recording transaction
     * has committed, and added when it is served: {@link #served}).
     *
     * @param actorName the person's full name, or null
     * @param language  the language the person learns in (context.language), or null
     */
    public JsonObject statement(UUID id, LearningEvent event, String actorName, String language) {
        JsonObjectBuilder statement = JSON.createObjectBuilder()
                .add("id", id.toString())
                .add("actor", agent(event.accountId(), actorName))
                .add("verb", JSON.createObjectBuilder().add("id", event.verb().iri())
                        .add("display", JSON.createObjectBuilder().add("en-US", event.verb().display())))
                .add("object", activity(event.activity()));
        if (event.result() != null) {
            statement.add("result", result(event.result()));
        }
        return statement.add("context", context(event, language))
                .add("timestamp", instant(event.timestamp()))
                .add("authority", authority())
                .add("version", STATEMENT_VERSION)
                .build();
    }

    /** A recorded statement as served: with its stored time. */
    public static JsonObject served(String recorded, Instant stored) {
        try (JsonReader reader = JSON.createReader(new StringReader(recorded))) {
            return JSON.createObjectBuilder(reader.readObject()).add("stored", instant(stored)).build();
        }
    }

    private JsonObject activity(Activity activity) {
        JsonObjectBuilder definition = JSON.createObjectBuilder().add("type", activity.type().iri());
        if (activity.names() != null && !activity.names().isEmpty()) {
            JsonObjectBuilder names = JSON.createObjectBuilder();
            activity.names().entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null)
                    .sorted(Map.Entry.comparingByKey()).forEach(e -> names.add(e.getKey(), e.getValue()));
            definition.add("name", names);
        }
        if (activity.interactionType() != null) {
            definition.add("interactionType", activity.interactionType());
        }
        return JSON.createObjectBuilder().add("objectType", "Activity").add("id", activityId(activity))
                .add("definition", definition).build();
    }

    private static JsonObject result(Result result) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        JsonObjectBuilder score = JSON.createObjectBuilder();
        boolean scored = false;
        if (result.scaled() != null && result.scaled().abs().compareTo(BigDecimal.ONE) <= 0) {
            score.add("scaled", result.scaled());
            scored = true;
        }
        if (result.raw() != null && within(result.raw(), result.min(), result.max())) {
            score.add("raw", result.raw());
            scored = true;
        }
        if (result.min() != null && (result.max() == null || result.min().compareTo(result.max()) <= 0)) {
            score.add("min", result.min());
            scored = true;
        }
        if (result.max() != null && (result.min() == null || result.min().compareTo(result.max()) <= 0)) {
            score.add("max", result.max());
            scored = true;
        }
        if (scored) {
            json.add("score", score);
        }
        if (result.success() != null) {
            json.add("success", result.success());
        }
        if (result.completion() != null) {
            json.add("completion", result.completion());
        }
        if (result.response() != null) {
            json.add("response", result.response());
        }
        if (result.duration() != null && !result.duration().isNegative()) {
            json.add("duration", duration(result.duration()));
        }
        return json.build();
    }

    private static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    private JsonObject context(LearningEvent event, String language) {
        JsonObjectBuilder context = JSON.createObjectBuilder();
        if (event.result() != null && event.result().attempt() != null) {
            context.add("registration", event.result().attempt().toString());
        }
        if (event.course() != null) {
            context.add("contextActivities", JSON.createObjectBuilder()
                    .add("parent", JSON.createArrayBuilder().add(activity(event.course()))));
        }
        context.add("platform", PLATFORM);
        if (language != null && !language.isBlank()) {
            context.add("language", language);
        }
        return context.build();
    }

    /** ISO 8601 in UTC to the millisecond, the precision xAPI keeps. */
    public static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** ISO 8601 duration in seconds to the hundredth, e.g. {@code PT90S} or {@code PT12.5S}. */
    public static String duration(Duration duration) {
        BigDecimal seconds = new BigDecimal(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9))
                .setScale(2, RoundingMode.DOWN).stripTrailingZeros();
        return "PT" + seconds.toPlainString() + "S";
    }
}
