package org.capacityacademy.administration.control;

import java.nio.charset.StandardCharsets;

/** Generated files of people for tests: realistic rows, every hundredth with an unknown country. */
public final class PeopleFiles {

    private static final String[] COUNTRIES = {"KE", "FJ", "BO", "NP", "SN", "TO", "KZ", "PE", "GH", "LA"};
    private static final String[] TYPES = {"GOVERNMENT", "CERT", "REGULATOR", "LAW_ENFORCEMENT", "DIPLOMATIC_MISSION"};

    private PeopleFiles() {
    }

    public static byte[] generated(int rows) {
        return generated(rows, "bulk" + System.nanoTime());
    }

    public static byte[] generated(int rows, String prefix) {
        StringBuilder csv = new StringBuilder(rows * 110);
        csv.append("email,full_name,country,organisation,organisation_type,job_title,gender,language,cohort,course\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append('-').append(i).append("@example.org,Person Number ").append(i).append(',')
                    .append(i % 100 == 99 ? "ZZ" : COUNTRIES[i % COUNTRIES.length])
                    .append(",Ministry of ICT,").append(TYPES[i % TYPES.length]).append(",Officer,,en,,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
