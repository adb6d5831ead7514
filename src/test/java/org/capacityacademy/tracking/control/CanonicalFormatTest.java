package org.capacityacademy.tracking.control;

import jakarta.json.JsonObject;
import org.capacityacademy.tracking.boundary.LearningEvent;
import org.capacityacademy.tracking.boundary.LearningEvent.Activity;
import org.capacityacademy.tracking.boundary.LearningEvent.ActivityType;
import org.capacityacademy.tracking.boundary.LearningEvent.Result;
import org.capacityacademy.tracking.boundary.LearningEvent.Verb;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** format=canonical: each language map down to the one language the client's Accept-Language prefers. */
class CanonicalFormatTest {

    private final JsonObject statement = new StatementJson("https://academy.example.org").statement(UUID.randomUUID(),
            new LearningEvent(42, Verb.COMPLETED,
                    new Activity(ActivityType.LESSON, Activity.lessonPath("gge-2013", "norms-1"),
                            Map.of("en", "Norms", "fr", "Normes", "zh", "规范", "ar", "القواعد"), null),
                    new Activity(ActivityType.COURSE, Activity.coursePath("gge-2013"),
                            Map.of("en", "The report", "fr", "Le rapport", "es", "El informe"), null),
                    Result.completed(), Instant.parse("2026-11-24T10:15:29Z")), "Amina Diallo", "fr");

    private static JsonObject names(JsonObject statement) {
        return statement.getJsonObject("object").getJsonObject("definition").getJsonObject("name");
    }

    private static JsonObject parentNames(JsonObject statement) {
        return statement.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent")
                .getJsonObject(0).getJsonObject("definition").getJsonObject("name");
    }

    @Test
    void eachMapKeepsTheLanguageTheClientPrefersAmongItsOwn() {
        JsonObject canonical = CanonicalFormat.accepting("zh-CN, es;q=0.9, fr;q=0.5").of(statement);
        assertEquals("{\"zh\":\"规范\"}", names(canonical).toString(), "zh-CN shortened to zh");
        assertEquals("El informe", parentNames(canonical).getString("es"), "per map: the course has no Chinese");
        assertEquals(1, parentNames(canonical).size());
        assertEquals(Set.of("en-US"), canonical.getJsonObject("verb").getJsonObject("display").keySet());
        assertEquals(statement.getJsonObject("actor"), canonical.getJsonObject("actor"), "agents as they are");
        assertEquals(statement.getString("id"), canonical.getString("id"));
    }

    @Test
    void aRangeMatchesTheTagsItPrefixesAndWithoutAMatchEnglishIsGiven() {
        assertEquals("Normes", names(CanonicalFormat.accepting("fr").of(statement)).getString("fr"));
        assertEquals("Norms", names(CanonicalFormat.accepting("de-AT, ru;q=0.5").of(statement)).getString("en"));
        assertEquals("Norms", names(CanonicalFormat.accepting(null).of(statement)).getString("en"));
        assertEquals(1, names(CanonicalFormat.accepting("*").of(statement)).size());
        assertEquals("Normes", names(CanonicalFormat.accepting("en;q=0, fr").of(statement)).getString("fr"),
                "q=0 means not wanted");
        assertEquals("en-US", CanonicalFormat.accepting("en").choose(Set.of("en-US", "fr")), "en covers en-US");
    }

    @Test
    void aMalformedAcceptLanguageIsTheClientsMistake() {
        BadQueryException refused = assertThrows(BadQueryException.class, () -> CanonicalFormat.accepting("fr;q=high"));
        assertTrue(refused.getMessage().startsWith("Accept-Language:"));
    }
}
