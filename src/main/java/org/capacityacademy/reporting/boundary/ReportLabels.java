package org.capacityacademy.reporting.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.platform.control.ApplicationDataSource;
import org.capacityacademy.platform.control.Messages;
import org.capacityacademy.reporting.control.CohortTables;
import org.capacityacademy.reporting.control.ReportTable;
import org.capacityacademy.reporting.entity.Breakdown;
import org.capacityacademy.reporting.entity.ReportRow;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Names a report's rows in a language: course titles, countries, M49 regions, groups, periods. */
@ApplicationScoped
public class ReportLabels {

    /** The measures' headers after the breakdown's, in the order of {@link ReportTable.Line#values()}. */
    public static final List<String> MEASURES = List.of("enrolments", "activeLearners", "completions", "completionRate",
            "averageFinalScore", "medianDays");

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Countries countries;

    public ReportTable table(Breakdown by, List<ReportRow> rows, Locale locale) {
        Map<String, String> names = names(by, locale);
        List<ReportTable.Line> lines = rows.stream().map(row -> new ReportTable.Line(label(by, row.key(), names, locale), row)).toList();
        List<String> headers = new java.util.ArrayList<>();
        headers.add(Messages.text(locale, by.messageKey()));
        MEASURES.forEach(measure -> headers.add(Messages.text(locale, "reports.measure." + measure)));
        return new ReportTable(Messages.text(locale, "reports.tableTitle", Messages.text(locale, by.messageKey())), headers, lines);
    }

    private String label(Breakdown by, String key, Map<String, String> names, Locale locale) {
        if (key.isEmpty()) {
            return Messages.text(locale, by == Breakdown.GENDER ? "reports.notGiven" : "reports.none");
        }
        return switch (by) {
            case COURSE, COHORT -> names.getOrDefault(key, key);
            case COUNTRY -> countries.find(key).map(c -> c.nameIn(locale)).orElse(key);
            case REGION, SUBREGION -> m49(key, locale);
            case GROUP -> Messages.text(locale, "reports.group." + key);
            case ORGANISATION_TYPE -> Messages.text(locale, "organisationType." + key);
            case GENDER -> Messages.text(locale, "gender." + key);
            case MONTH -> YearMonth.of(Integer.parseInt(key) / 100, Integer.parseInt(key) % 100)
                    .format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
            case QUARTER -> Messages.text(locale, "reports.quarterLabel", String.valueOf(Integer.parseInt(key) / 10),
                    Integer.parseInt(key) % 10);
            case YEAR -> key;
        };
    }

    /** An M49 region's name (as the country list spells it in English) in the page's language. */
    static String m49(String name, Locale locale) {
        String key = "m49." + name.replaceAll("[^A-Za-z]", "");
        try {
            return Messages.text(locale, key);
        } catch (java.util.MissingResourceException e) {
            return name;
        }
    }

    private Map<String, String> names(Breakdown by, Locale locale) {
        if (by != Breakdown.COURSE && by != Breakdown.COHORT) {
            return Map.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            return by == Breakdown.COHORT ? CohortTables.names(connection) : courseTitles(connection, locale.getLanguage());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each course's title in the language, or in the course's own language: "Title (code)". */
    static Map<String, String> courseTitles(Connection connection, String language) throws SQLException {
        Map<String, String> titles = new HashMap<>();
        try (var statement = connection.prepareStatement("SELECT c.id, c.code, t.title FROM course c JOIN course_text t"
                + " ON t.course_id = c.id AND t.language = (CASE WHEN EXISTS (SELECT 1 FROM course_text o"
                + " WHERE o.course_id = c.id AND o.language = ?) THEN ? ELSE c.default_language END)")) {
            statement.setString(1, language);
            statement.setString(2, language);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    titles.put(String.valueOf(rows.getLong(1)), rows.getString(3) + " (" + rows.getString(2) + ")");
                }
            }
        }
        return titles;
    }
}
