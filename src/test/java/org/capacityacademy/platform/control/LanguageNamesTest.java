package org.capacityacademy.platform.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class LanguageNamesTest {

    private static final List<String> SIX = List.of("ar", "en", "es", "fr", "ru", "zh");

    @Test
    void everyOneOfTheSixIsNamedInEachOfTheSixInThatLanguagesOwnWords() {
        Map<String, List<String>> expected = Map.of(
                "ar", List.of("العربية", "الإنجليزية", "الإسبانية", "الفرنسية", "الروسية", "الصينية"),
                "en", List.of("Arabic", "English", "Spanish", "French", "Russian", "Chinese"),
                "es", List.of("árabe", "inglés", "español", "francés", "ruso", "chino"),
                "fr", List.of("arabe", "anglais", "espagnol", "français", "russe", "chinois"),
                "ru", List.of("арабский", "английский", "испанский", "французский", "русский", "китайский"),
                "zh", List.of("阿拉伯语", "英语", "西班牙语", "法语", "俄语", "中文"));
        for (String page : SIX) {
            for (int i = 0; i < SIX.size(); i++) {
                assertEquals(expected.get(page).get(i), LanguageNames.name(SIX.get(i), Locale.forLanguageTag(page)),
                        SIX.get(i) + " named in " + page);
            }
        }
    }

    @Test
    void aCoursesLanguagesAreListedAsEachLanguageWritesAList() {
        List<String> course = List.of("zh", "en", "fr");
        assertEquals("chinois, anglais, français", LanguageNames.list(course, Locale.FRENCH));
        assertEquals("Chinese, English, French", LanguageNames.list(course, Locale.ENGLISH));
        assertEquals("中文、英语、法语", LanguageNames.list(course, Locale.CHINESE));
        assertEquals("الصينية، الإنجليزية، الفرنسية", LanguageNames.list(course, Locale.forLanguageTag("ar")));
        assertEquals("китайский, английский, французский", LanguageNames.list(course, Locale.forLanguageTag("ru")));
        assertEquals("chino, inglés, francés", LanguageNames.list(course, Locale.forLanguageTag("es")));
        assertEquals("chinois", LanguageNames.list(List.of("zh"), Locale.FRENCH));
        assertEquals("", LanguageNames.list(List.of(), Locale.FRENCH));
    }

    @Test
    void aTagThatNamesNoLanguageIsShownAsItIs() {
        assertEquals("", LanguageNames.name(null, Locale.FRENCH));
        assertNotEquals("", LanguageNames.name("xx", Locale.FRENCH));
        assertFalse(LanguageNames.name("zh-Hans", Locale.FRENCH).isBlank());
    }
}
