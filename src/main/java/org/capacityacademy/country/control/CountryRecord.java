package org.capacityacademy.country.control;

import java.util.Map;

/**
 * One row of the country reference data as the platform stores it.
 *
 * @param names the short name by language code (ar, en, es, fr, ru, zh)
 */
public record CountryRecord(String alpha2, String alpha3, String m49, String region, String subRegion,
                            String intermediateRegion, boolean developing, boolean ldc, boolean lldc,
                            boolean sids, Map<String, String> names) {
}
