package org.capacityacademy.catalog.control;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseLanguageCookieTest {

    @Test
    void aCookieHoldsOneLanguagePerCourseAndIgnoresWhatItCannotRead() {
        assertEquals(Map.of("gge-2013", "zh", "norms-101", "en"), CourseLanguageCookie.parse("gge-2013.zh:norms-101.en"));
        assertEquals(Map.of("gge-2013", "zh"), CourseLanguageCookie.parse("gge-2013.zh:gge-2013.en"), "the first, latest, wins");
        assertEquals(Map.of("ok", "fr"), CourseLanguageCookie.parse("<script>.en:ok.fr:bad:.en:x.toolong"));
        assertTrue(CourseLanguageCookie.parse(null).isEmpty());
        assertTrue(CourseLanguageCookie.parse("a.en:".repeat(1_000)).isEmpty(), "a cookie far longer than we write is ignored");
    }
}
