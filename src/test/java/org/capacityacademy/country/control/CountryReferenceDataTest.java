package org.capacityacademy.country.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryReferenceDataTest {

    private final List<CountryRecord> countries = CountryReferenceData.load();
    private final Map<String, CountryRecord> byCode = countries.stream()
            .collect(Collectors.toMap(CountryRecord::alpha2, Function.identity()));

    @Test
    void everyCountryHasANameInEachLanguageAndTheGroupsOfTheData() {
        assertEquals(249, countries.size());
        assertTrue(countries.stream().allMatch(c -> c.names().size() == 6 && c.names().values().stream().noneMatch(String::isBlank)));
        assertEquals(45, countries.stream().filter(CountryRecord::ldc).count());
        assertEquals(32, countries.stream().filter(CountryRecord::lldc).count());
        assertEquals(53, countries.stream().filter(CountryRecord::sids).count());
        assertEquals("Namibie", byCode.get("NA").names().get("fr"), "NA is Namibia, not a missing value");
        assertEquals("004", byCode.get("AF").m49());
    }

    @Test
    void developingFollowsTheFormerM49Convention() {
        assertTrue(byCode.get("SN").developing());
        assertTrue(byCode.get("CN").developing());
        assertFalse(byCode.get("FR").developing());
        assertFalse(byCode.get("US").developing());
        assertFalse(byCode.get("JP").developing());
        assertFalse(byCode.get("NZ").developing());
        assertFalse(byCode.get("AQ").developing(), "Antarctica has no region");
    }

    @Test
    void areasWithoutUntermNamesFallBackToOfficialNames() {
        assertFalse(byCode.get("TR").names().get("zh").isBlank());
        assertFalse(byCode.get("HK").names().get("ar").isBlank());
    }

    @Test
    void noNameInAnyLanguageCarriesUntermsFootnoteMarkers() {
        for (CountryRecord country : countries) {
            country.names().forEach((language, name) -> assertFalse(name.contains("*"),
                    () -> country.alpha2() + " in " + language + ": " + name));
        }
        assertEquals("État de Palestine", byCode.get("PS").names().get("fr"));
        assertEquals("Saint-Siège", byCode.get("VA").names().get("fr"));
        assertEquals("Îles Cook", byCode.get("CK").names().get("fr"));
        assertEquals("Nioué", byCode.get("NU").names().get("fr"));
        assertEquals("纽埃", byCode.get("NU").names().get("zh"));
        assertEquals("نيوي", byCode.get("NU").names().get("ar"));
    }

    @Test
    void theEnglishListUsesTheUnNamesWithoutTheirArticles() {
        Map<String, String> english = countries.stream().collect(Collectors.toMap(CountryRecord::alpha2, c -> c.names().get("en")));
        assertEquals("Côte d’Ivoire", english.get("CI"));
        assertFalse(english.containsValue("Ivory Coast"));
        assertEquals("United Kingdom of Great Britain and Northern Ireland", english.get("GB"));
        assertEquals("Democratic Republic of the Congo", english.get("CD"));
        assertEquals("Bolivia (Plurinational State of)", english.get("BO"), "a part of the name in parentheses stays");
        assertEquals("Democratic People’s Republic of Korea", english.get("KP"));
        assertEquals("Viet Nam", english.get("VN"));
        assertEquals("Türkiye", english.get("TR"));
        assertTrue(english.values().stream().noneMatch(name -> name.endsWith("(the)") || name.contains("'")), english::toString);
        assertEquals("Côte d’Ivoire", byCode.get("CI").names().get("fr"));
        assertEquals("Кот-д’Ивуар", byCode.get("CI").names().get("ru"));
        assertEquals("États-Unis d’Amérique", byCode.get("US").names().get("fr"));
        assertEquals("Estados Unidos de América", byCode.get("US").names().get("es"));
        assertEquals("Аландские острова", byCode.get("AX").names().get("ru"), "a name corrected from the data set's genitive");
    }
}
