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
        assertEquals("Namibie (la)", byCode.get("NA").names().get("fr"), "NA is Namibia, not a missing value");
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
}
