package org.capacityacademy.reporting.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a report's rows are cut. Categories group by a column of the reporting tables; periods by
 * the month, quarter or year (UTC) of each measure's own day: the enrolment's day for
 * enrolments and the completion rate, the completion's for completions, scores and times, the
 * activity's for active learners.
 */
public enum Breakdown {
    COURSE("course", "course_id"),
    COUNTRY("country", "country_code"),
    REGION("region", "region"),
    SUBREGION("subregion", "sub_region"),
    GROUP("group", "g.development_group"),
    ORGANISATION_TYPE("organisationType", "organisation_type"),
    GENDER("gender", "gender"),
    /** Needs the cohort tables (cohort, cohort_member); offered only where they exist. */
    COHORT("cohort", "cm.cohort_id"),
    MONTH("month", null),
    QUARTER("quarter", null),
    YEAR("year", null);

    private final String parameter;
    private final String column;

    Breakdown(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    /** The value of {@code by=} in the page's address. */
    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return "reports.by." + parameter;
    }

    public boolean isPeriod() {
        return column == null;
    }

    /** The grouping expression over the reporting table's columns (aliased {@code f}), or over {@code day} for periods. */
    public String key(String day) {
        return switch (this) {
            case MONTH -> "CAST(EXTRACT(YEAR FROM " + day + ") * 100 + EXTRACT(MONTH FROM " + day + ") AS INTEGER)";
            case QUARTER -> "CAST(EXTRACT(YEAR FROM " + day + ") * 10 + EXTRACT(QUARTER FROM " + day + ") AS INTEGER)";
            case YEAR -> "CAST(EXTRACT(YEAR FROM " + day + ") AS INTEGER)";
            default -> column.contains(".") ? column : "f." + column;
        };
    }

    public static Optional<Breakdown> fromParameter(String value) {
        return Arrays.stream(values()).filter(b -> b.parameter.equals(value)).findFirst();
    }
}
