package org.capacityacademy.catalog.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which of a course's languages a reader gets: the page's, else their choice, else English, else the default. */
class CourseLanguagesTest {

    private static final CourseLanguages CHINESE_ENGLISH = new CourseLanguages(List.of("zh", "en"), "zh");
    private static final CourseLanguages CHINESE_RUSSIAN = new CourseLanguages(List.of("zh", "ru"), "zh");

    @Test
    void thePagesLanguageWinsWhenTheCourseOffersItWhateverTheReaderChose() {
        assertEquals("en", CHINESE_ENGLISH.shownTo("en", () -> Optional.of("zh")));
        assertEquals("zh", CHINESE_ENGLISH.shownTo("zh", () -> Optional.of("en")));
    }

    @Test
    void theReadersChoiceIsNotEvenAskedForWhenThePagesLanguageIsOffered() {
        AtomicInteger asked = new AtomicInteger();
        CHINESE_ENGLISH.shownTo("zh", () -> {
            asked.incrementAndGet();
            return Optional.of("en");
        });
        assertEquals(0, asked.get(), "no database read for the common case");
    }

    @Test
    void otherwiseTheLanguageTheReaderChoseForThisCourse() {
        assertEquals("zh", CHINESE_ENGLISH.shownTo("fr", () -> Optional.of("zh")));
        assertEquals("en", CHINESE_ENGLISH.shownTo("ar", () -> Optional.of("en")));
        assertEquals("ru", CHINESE_RUSSIAN.shownTo("fr", () -> Optional.of("ru")));
    }

    @Test
    void aChoiceTheCourseNoLongerOffersIsPassedOver() {
        assertEquals("en", CHINESE_ENGLISH.shownTo("fr", () -> Optional.of("ru")));
        assertEquals("zh", CHINESE_RUSSIAN.shownTo("fr", () -> Optional.of("en")));
    }

    @Test
    void otherwiseEnglishWhenOfferedThenTheCoursesDefault() {
        assertEquals("en", CHINESE_ENGLISH.shownTo("fr"));
        assertEquals("en", CHINESE_ENGLISH.shownTo("es", Optional::empty));
        assertEquals("zh", CHINESE_RUSSIAN.shownTo("fr"), "no English: the course's default");
        assertEquals("ru", new CourseLanguages(List.of("zh", "ru"), "ru").shownTo("ar"));
    }

    @Test
    void aMissingOrUnknownPageLanguageIsTreatedAsNotOffered() {
        assertEquals("en", CHINESE_ENGLISH.shownTo(null));
        assertEquals("en", CHINESE_ENGLISH.shownTo("xx"));
        assertTrue(CHINESE_ENGLISH.offers("zh"));
        assertFalse(CHINESE_ENGLISH.offers(null));
    }
}
