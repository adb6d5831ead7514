package org.capacityacademy.country.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The few names the reference data's snapshot lacks or gets wrong, as the UN writes them
 * ({@code country/name-corrections.csv}, each with the reason): Côte d’Ivoire has no UNTERM
 * names there, and some areas without UNTERM names fall back to names in the wrong grammatical
 * case or with scrambled words. Kept apart so that a new snapshot of the data set can be dropped
 * in as it is.
 */
final class NameCorrections {

    static final String RESOURCE = "/country/name-corrections.csv";

    private NameCorrections() {
    }

    /** The corrected names by country code, then language. */
    static Map<String, Map<String, String>> load() {
        try (InputStream in = NameCorrections.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Map<String, String>> names = new HashMap<>();
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                names.computeIfAbsent(row.get("alpha2"), code -> new HashMap<>()).put(row.get("language"), row.get("name"));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
