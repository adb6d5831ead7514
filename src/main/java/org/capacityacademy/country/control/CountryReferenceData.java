package org.capacityacademy.country.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the shipped copy of the {@code datasets/country-codes} table (see
 * {@code country/README.md}). Names come from UNTERM short names, then the official names,
 * then English, each as the UN writes it in a list ({@link UnName}), with the few corrections
 * the snapshot needs ({@link NameCorrections}). "Developing" follows the former M49 convention
 * by default: every country or area outside Europe, Northern America, Japan, Australia and
 * New Zealand.
 */
public final class CountryReferenceData {

    public static final String RESOURCE = "/country/country-codes.csv";

    static final Map<String, String[]> NAME_COLUMNS = Map.of(
            "ar", new String[] {"UNTERM Arabic Short", "official_name_ar"},
            "en", new String[] {"UNTERM English Short", "official_name_en"},
            "es", new String[] {"UNTERM Spanish Short", "official_name_es"},
            "fr", new String[] {"UNTERM French Short", "official_name_fr"},
            "ru", new String[] {"UNTERM Russian Short", "official_name_ru"},
            "zh", new String[] {"UNTERM Chinese Short", "official_name_cn"});

    private static final Set<String> DEVELOPED_OUTSIDE_EUROPE = Set.of("JP", "AU", "NZ");

    private CountryReferenceData() {
    }

    public static List<CountryRecord> load() {
        try (InputStream in = CountryReferenceData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CountryRecord> parse(Reader reader) throws IOException {
        Map<String, Map<String, String>> corrections = NameCorrections.load();
        List<CountryRecord> countries = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(reader)) {
            String alpha2 = row.get("ISO3166-1-Alpha-2").trim();
            if (alpha2.isEmpty()) {
                continue;
            }
            String region = blankToNull(row.get("Region Name"));
            String subRegion = blankToNull(row.get("Sub-region Name"));
            countries.add(new CountryRecord(alpha2, row.get("ISO3166-1-Alpha-3").trim(),
                    String.format("%03d", Integer.parseInt(row.get("M49").trim())),
                    region, subRegion, blankToNull(row.get("Intermediate Region Name")),
                    isDeveloping(alpha2, region, subRegion),
                    marked(row, "Least Developed Countries (LDC)"),
                    marked(row, "Land Locked Developing Countries (LLDC)"),
                    marked(row, "Small Island Developing States (SIDS)"),
                    names(row, corrections.getOrDefault(alpha2, Map.of()))));
        }
        return countries;
    }

    static boolean isDeveloping(String alpha2, String region, String subRegion) {
        if (region == null) {
            return false;
        }
        return !("Europe".equals(region) || "Northern America".equals(subRegion)
                || DEVELOPED_OUTSIDE_EUROPE.contains(alpha2));
    }

    private static Map<String, String> names(CSVRecord row, Map<String, String> corrected) {
        String english = firstPresent(row, NAME_COLUMNS.get("en"));
        if (english == null) {
            english = row.get("CLDR display name").trim();
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> language : NAME_COLUMNS.entrySet()) {
            String name = firstPresent(row, language.getValue());
            String shown = UnName.of(language.getKey(), name == null ? english : name);
            names.put(language.getKey(), corrected.getOrDefault(language.getKey(), shown));
        }
        return names;
    }

    private static String firstPresent(CSVRecord row, String[] columns) {
        for (String column : columns) {
            String value = row.get(column).trim();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static boolean marked(CSVRecord row, String column) {
        return "x".equalsIgnoreCase(row.get(column).trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
