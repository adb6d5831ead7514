package org.capacityacademy.platform;

import org.capacityacademy.platform.control.SupportedLanguage;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupportedLanguageTest {

    @Test
    void acceptLanguagePicksTheFirstOfTheSixByWeight() {
        assertEquals(Optional.of(SupportedLanguage.AR), SupportedLanguage.fromAcceptLanguage("ar-EG,ar;q=0.9,en;q=0.8"));
        assertEquals(Optional.of(SupportedLanguage.ZH), SupportedLanguage.fromAcceptLanguage("de-DE, zh-Hans-CN;q=0.8, fr;q=0.5"));
        assertEquals(Optional.of(SupportedLanguage.FR), SupportedLanguage.fromAcceptLanguage("fr-CA;q=0.9, es;q=0.2"));
        assertEquals(Optional.empty(), SupportedLanguage.fromAcceptLanguage("de, it;q=0.5"));
        assertEquals(Optional.empty(), SupportedLanguage.fromAcceptLanguage("ar;q=0"));
    }

    @Test
    void malformedHeadersAndTagsAreIgnored() {
        assertEquals(Optional.empty(), SupportedLanguage.fromAcceptLanguage(";;;q=abc,<script>"));
        assertEquals(Optional.empty(), SupportedLanguage.fromTag("x".repeat(10_000)));
        assertEquals(Optional.empty(), SupportedLanguage.fromTag(null));
    }

    @Test
    void onlyArabicIsRightToLeft() {
        for (SupportedLanguage language : SupportedLanguage.values()) {
            assertEquals(language == SupportedLanguage.AR, language.isRightToLeft());
            assertEquals(language.isRightToLeft() ? "rtl" : "ltr", language.getDirection());
        }
        assertTrue(SupportedLanguage.fromTag("ru-RU").isPresent());
    }
}
