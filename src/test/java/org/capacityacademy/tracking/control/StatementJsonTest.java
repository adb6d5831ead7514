package org.capacityacademy.tracking.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.capacityacademy.tracking.boundary.LearningEvent;
import org.capacityacademy.tracking.boundary.LearningEvent.Activity;
import org.capacityacademy.tracking.boundary.LearningEvent.ActivityType;
import org.capacityacademy.tracking.boundary.LearningEvent.Result;
import org.capacityacademy.tracking.boundary.LearningEvent.Verb;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statements follow the xAPI 1.0.3 rules for required properties and formats. */
class StatementJsonTest {

    private static final Pattern UUID_FORMAT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z");
    private static final Pattern ISO_DURATION = Pattern.compile("P(\\d+Y)?(\\d+M)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)?");
    private static final Set<String> IDENTIFIERS = Set.of("mbox", "mbox_sha1sum", "openid", "account");

    private final StatementJson format = new StatementJson("https://academy.example.org/");
    private final Activity course = new Activity(ActivityType.COURSE, Activity.coursePath("gge-2013"),
            Map.of("en", "The 2013 UN GGE report", "zh", "2013年报告"), null);
    private final Activity lesson = new Activity(ActivityType.LESSON, Activity.lessonPath("gge-2013", "norms-1"),
            Map.of("en", "Norms", "zh", "规范"), null);
    private final Instant stored = Instant.parse("2026-11-24T10:15:30.123456Z");

    @Test
    void lessonCompletionHasEveryRequiredPropertyInItsFormat() {
        UUID id = UUID.randomUUID();
        JsonObject statement = format.statement(id, new LearningEvent(42, Verb.COMPLETED, lesson, course, Result.completed(),
                Instant.parse("2026-11-24T10:15:29Z")), "Amina Diallo", "fr");

        assertTrue(UUID_FORMAT.matcher(statement.getString("id")).matches());
        assertEquals(id.toString(), statement.getString("id"));
        JsonObject actor = statement.getJsonObject("actor");
        assertEquals("Agent", actor.getString("objectType"));
        assertEquals(1, actor.keySet().stream().filter(IDENTIFIERS::contains).count(), "exactly one inverse functional identifier");
        assertEquals("https://academy.example.org", actor.getJsonObject("account").getString("homePage"));
        assertEquals("42", actor.getJsonObject("account").getString("name"));
        assertEquals("Amina Diallo", actor.getString("name"));

        JsonObject verb = statement.getJsonObject("verb");
        assertIri(verb.getString("id"));
        assertEquals("http://adlnet.gov/expapi/verbs/completed", verb.getString("id"));
        assertEquals("completed", verb.getJsonObject("display").getString("en-US"));

        JsonObject object = statement.getJsonObject("object");
        assertEquals("Activity", object.getString("objectType"));
        assertEquals("https://academy.example.org/xapi/activities/course/gge-2013/lesson/norms-1", object.getString("id"));
        assertIri(object.getString("id"));
        assertEquals("http://adlnet.gov/expapi/activities/lesson", object.getJsonObject("definition").getString("type"));
        assertEquals("规范", object.getJsonObject("definition").getJsonObject("name").getString("zh"));
        assertEquals("Norms", object.getJsonObject("definition").getJsonObject("name").getString("en"));

        assertTrue(statement.getJsonObject("result").getBoolean("completion"));
        JsonObject context = statement.getJsonObject("context");
        assertFalse(context.containsKey("registration"), "no attempt, no registration");
        assertEquals("Capacity Academy", context.getString("platform"));
        assertEquals("fr", context.getString("language"));
        JsonObject parent = context.getJsonObject("contextActivities").getJsonArray("parent").getJsonObject(0);
        assertEquals("https://academy.example.org/xapi/activities/course/gge-2013", parent.getString("id"));

        assertTrue(ISO_INSTANT.matcher(statement.getString("timestamp")).matches(), statement.getString("timestamp"));
        assertFalse(statement.containsKey("stored"), "given after the recording transaction has committed");
        assertEquals("1.0.0", statement.getString("version"), "what a statement generator writes");
        JsonObject served = StatementJson.served(statement.toString(), stored);
        assertEquals("2026-11-24T10:15:30.123Z", served.getString("stored"), "to the millisecond, in UTC");
        assertEquals(statement.getString("id"), served.getString("id"));
        JsonObject authority = statement.getJsonObject("authority");
        assertEquals(1, authority.keySet().stream().filter(IDENTIFIERS::contains).count());
    }

    @Test
    void answerCarriesScoreDurationResponseAndTheAttemptAsRegistration() {
        UUID attempt = UUID.randomUUID();
        Activity question = new Activity(ActivityType.QUESTION, Activity.questionPath("gge-2013", "q-7"),
                Map.of("en", "Which paragraph?"), "choice");
        JsonObject statement = format.statement(UUID.randomUUID(), new LearningEvent(7, Verb.ANSWERED, question, course,
                new Result(new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("2"), true, true,
                        Duration.ofSeconds(83, 456_000_000), "2[,]3", attempt), stored), null, null);

        JsonObject result = statement.getJsonObject("result");
        double scaled = result.getJsonObject("score").getJsonNumber("scaled").doubleValue();
        assertTrue(scaled >= -1 && scaled <= 1);
        assertEquals(1, result.getJsonObject("score").getInt("raw"));
        assertEquals("PT83.45S", result.getString("duration"));
        assertTrue(ISO_DURATION.matcher(result.getString("duration")).matches());
        assertEquals("2[,]3", result.getString("response"));
        assertEquals(JsonValue.TRUE, result.get("success"));
        assertEquals(attempt.toString(), statement.getJsonObject("context").getString("registration"));
        assertEquals("choice", statement.getJsonObject("object").getJsonObject("definition").getString("interactionType"));
        assertEquals("http://adlnet.gov/expapi/activities/cmi.interaction",
                statement.getJsonObject("object").getJsonObject("definition").getString("type"));
        assertFalse(statement.getJsonObject("actor").containsKey("name"), "an unknown name is left out, not empty");
        assertFalse(statement.getJsonObject("context").containsKey("language"));
    }

    @Test
    void scoreOutsideTheRulesIsLeftOutRatherThanStoredInvalid() {
        JsonObject statement = format.statement(UUID.randomUUID(), new LearningEvent(7, Verb.PASSED, course, null,
                new Result(new BigDecimal("1.5"), new BigDecimal("12"), BigDecimal.ZERO, BigDecimal.TEN, true, null,
                        null, null, null), stored), null, null);
        JsonObject score = statement.getJsonObject("result").getJsonObject("score");
        assertFalse(score.containsKey("scaled"), "scaled must be within [-1, 1]");
        assertFalse(score.containsKey("raw"), "raw must be within [min, max]");
        assertFalse(statement.getJsonObject("context").containsKey("contextActivities"), "a course has no parent");
    }

    @Test
    void durationsAreIso8601InSeconds() {
        assertEquals("PT0S", StatementJson.duration(Duration.ZERO));
        assertEquals("PT90S", StatementJson.duration(Duration.ofSeconds(90)));
        assertEquals("PT0.5S", StatementJson.duration(Duration.ofMillis(500)));
        assertEquals("PT3600.01S", StatementJson.duration(Duration.ofMillis(3_600_019)));
    }

    private static void assertIri(String iri) {
        assertTrue(URI.create(iri).isAbsolute(), iri + " is an absolute IRI");
    }
}
