package org.capacityacademy.reporting.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report counts: blank fields do not filter. {@code from} and {@code to} are UTC days,
 * both included; {@code group} is one of {@link #GROUPS}.
 */
public record ReportFilter(String course, LocalDate from, LocalDate to, String country, String group,
                           String organisationType, String gender) {

    /** The development groups of UN M49, and the countries in none of them ("developed"). */
    public static final List<String> GROUPS = List.of("developing", "ldc", "lldc", "sids", "developed");

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null, null);
    }
}
