package org.capacityacademy.reporting.boundary;

import org.capacityacademy.account.entity.Gender;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.reporting.entity.Breakdown;
import org.capacityacademy.reporting.entity.ReportFilter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A report as the address asks for it ({@code by}, {@code course}, {@code from}, {@code to},
 * {@code country}, {@code group}, {@code organisationType}, {@code gender}), shared by the page and
 * the exports. A value that is not one of the choices is reported (its message key in
 * {@link #problems()}) and does not filter; an unknown breakdown falls back to the course one.
 */
public record ReportRequest(Breakdown by, ReportFilter filter, List<String> problems) {

    public static ReportRequest of(String by, String course, String from, String to, String country, String group,
                                   String organisationType, String gender) {
        List<String> problems = new ArrayList<>();
        Breakdown breakdown = Breakdown.COURSE;
        if (!blank(by)) {
            breakdown = Breakdown.fromParameter(by.strip()).orElse(null);
            if (breakdown == null) {
                problems.add("reports.badBreakdown");
                breakdown = Breakdown.COURSE;
            }
        }
        LocalDate fromDay = day(from, "reports.badFrom", problems);
        LocalDate toDay = day(to, "reports.badTo", problems);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            problems.add("reports.badPeriod");
            fromDay = null;
            toDay = null;
        }
        String countryCode = blank(country) ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
            problems.add("reports.badCountry");
            countryCode = null;
        }
        String groupName = choice(group, ReportFilter.GROUPS, "reports.badGroup", problems);
        String type = choice(organisationType, Arrays.stream(OrganisationType.values()).map(Enum::name).toList(),
                "reports.badOrganisationType", problems);
        String genderName = choice(gender, Arrays.stream(Gender.values()).map(Enum::name).toList(), "reports.badGender", problems);
        String courseCode = blank(course) ? null : course.strip();
        return new ReportRequest(breakdown, new ReportFilter(courseCode, fromDay, toDay, countryCode, groupName, type, genderName),
                List.copyOf(problems));
    }

    private static LocalDate day(String value, String problem, List<String> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(problem);
            return null;
        }
    }

    private static String choice(String value, List<String> choices, String problem, List<String> problems) {
        if (blank(value)) {
            return null;
        }
        if (!choices.contains(value.strip())) {
            problems.add(problem);
            return null;
        }
        return value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
