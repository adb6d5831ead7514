package org.capacityacademy.reporting.control;

import org.capacityacademy.reporting.entity.Breakdown;
import org.capacityacademy.reporting.entity.ReportFilter;
import org.capacityacademy.reporting.entity.ReportRow;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TEST REFERENCE: the report queries as they were before migration V15, with active learners as
 * the definition says, COUNT(DISTINCT) over the daily activity rows; kept to prove that the faster
 * ones give the same figures.
 *
 * Runs a report as three aggregate queries, each one GROUP BY over one reporting table with its
 * filter as parameters (never concatenated): enrolments (and how many of them are completed),
 * completions (with their average final score and median days, PERCENTILE_CONT as both H2 and
 * PostgreSQL have it), and distinct active learners. Their few grouped lines are then put side by
 * side by breakdown value.
 */
class V12ReportQueries {

    private static final String GROUP_JOIN = " JOIN (VALUES ('developing'), ('ldc'), ('lldc'), ('sids'), ('developed'))"
            + " AS g(development_group) ON (g.development_group = 'developing' AND f.developing)"
            + " OR (g.development_group = 'ldc' AND f.ldc) OR (g.development_group = 'lldc' AND f.lldc)"
            + " OR (g.development_group = 'sids' AND f.sids) OR (g.development_group = 'developed' AND NOT f.developing)";
    private static final String COHORT_JOIN = " JOIN cohort_member cm ON cm.account_id = f.account_id";

    private final Connection connection;
    private final Map<String, Long> courseIds = new java.util.HashMap<>();

    V12ReportQueries(Connection connection) {
        this.connection = connection;
    }

    /** Rows by breakdown value: periods in time order, with empty periods between the first and last; categories by enrolments, most first. */
    public List<ReportRow> run(Breakdown by, ReportFilter filter) throws SQLException {
        Map<String, long[]> enrolled = new TreeMap<>();
        Map<String, Object[]> completed = new TreeMap<>();
        Map<String, Long> active = new TreeMap<>();
        Sql enrolments = query(by, filter, "report_enrolment", "f.enrolled_on",
                "COUNT(*), SUM(CASE WHEN f.completed_on IS NOT NULL THEN 1 ELSE 0 END)", null);
        read(enrolments, row -> enrolled.put(key(row), new long[] {row.getLong(2), row.getLong(3)}));
        Sql completions = query(by, filter, "report_completion", "f.completed_on",
                "COUNT(*), AVG(f.final_score), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY f.completion_days)",
                "f.completed_on IS NOT NULL");
        read(completions, row -> completed.put(key(row),
                new Object[] {row.getLong(2), row.getBigDecimal(3), row.getObject(4) == null ? null : row.getDouble(4)}));
        read(activeLearners(by, filter), row -> active.put(key(row), row.getLong(2)));

        TreeMap<String, Boolean> keys = new TreeMap<>();
        enrolled.keySet().forEach(k -> keys.put(k, true));
        completed.keySet().forEach(k -> keys.put(k, true));
        active.keySet().forEach(k -> keys.put(k, true));
        List<String> ordered = by.isPeriod() ? Periods.between(by, keys.keySet()) : new ArrayList<>(keys.keySet());
        List<ReportRow> rows = new ArrayList<>();
        for (String key : ordered) {
            long[] e = enrolled.getOrDefault(key, new long[2]);
            Object[] c = completed.getOrDefault(key, new Object[] {0L, null, null});
            rows.add(new ReportRow(key, e[0], active.getOrDefault(key, 0L), (Long) c[0],
                    e[0] == 0 ? null : (double) e[1] / e[0], scale((BigDecimal) c[1]), (Double) c[2]));
        }
        if (!by.isPeriod()) {
            rows.sort(Comparator.comparingLong(ReportRow::enrolments).reversed()
                    .thenComparing(row -> row.key() == null ? "" : row.key()));
        }
        return rows;
    }

    /**
     * Distinct learners with activity in the period. Where the period has at most one end (or none),
     * the first and last active days kept with each enrolment answer exactly; a period with both
     * ends, or a breakdown by period, counts the activity months where the period is whole months,
     * otherwise the activity days.
     */
    private Sql activeLearners(Breakdown by, ReportFilter filter) {
        return query(by, filter, "report_activity", "f.active_on", "COUNT(DISTINCT f.account_id)", null);
    }

    /** Whether the period starts on a month's first day (or is open) and ends on a month's last day (or is open). */
    static boolean wholeMonths(ReportFilter filter) {
        return (filter.from() == null || filter.from().getDayOfMonth() == 1)
                && (filter.to() == null || filter.to().equals(filter.to().withDayOfMonth(filter.to().lengthOfMonth())));
    }

    /** One measure's query; {@code day} is the column the period filter and the period breakdowns use. */
    Sql query(Breakdown by, ReportFilter filter, String table, String day, String measures, String condition) {
        return query(by, filter, table, day, measures, condition, null);
    }

    Sql query(Breakdown by, ReportFilter filter, String table, String day, String measures, String condition,
              LocalDate conditionDay) {
        String key = by.key(day);
        Sql sql = new Sql();
        StringBuilder text = new StringBuilder("SELECT ").append(key).append(" AS report_key, ").append(measures)
                .append(" FROM ").append(table).append(" f");
        if (by == Breakdown.GROUP) {
            text.append(GROUP_JOIN);
        } else if (by == Breakdown.COHORT) {
            text.append(COHORT_JOIN);
        }
        text.append(" WHERE 1 = 1");
        sql.text = text;
        if (condition != null) {
            text.append(" AND ").append(condition);
            if (conditionDay != null) {
                sql.parameters.add(java.sql.Date.valueOf(conditionDay));
            }
        }
        if (day != null) {
            sql.and(day + " >= ?", filter.from()).and(day + " <= ?", filter.to());
        }
        sql.and("f.course_id = ?", blankToNull(filter.course()) == null ? null : courseId(filter.course().strip()))
                .and("f.country_code = ?", blankToNull(filter.country()))
                .and("f.organisation_type = ?", blankToNull(filter.organisationType()))
                .and("f.gender = ?", blankToNull(filter.gender()));
        String group = blankToNull(filter.group());
        if (group != null && ReportFilter.GROUPS.contains(group)) {
            text.append(group.equals("developed") ? " AND NOT f.developing" : " AND f." + group);
        }
        text.append(" GROUP BY ").append(key);
        return sql;
    }

    /**
     * The course's id, looked up once so that the reporting tables' (course_id, day) indexes serve
     * the filter (a subquery in its place was not used for them on H2); -1 (no rows) for an unknown code.
     */
    private long courseId(String code) {
        if (courseIds.containsKey(code)) {
            return courseIds.get(code);
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM course WHERE code = ?")) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                long id = rows.next() ? rows.getLong(1) : -1;
                courseIds.put(code, id);
                return id;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The breakdown value; a learner without a gender, or a country outside the M49 regions, has the empty one. */
    private static String key(ResultSet row) throws SQLException {
        String key = row.getString(1);
        return key == null ? "" : key;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void read(Sql sql, RowReader reader) throws SQLException {
        String text = sql.toString();
        try (PreparedStatement statement = connection.prepareStatement(text)) {
            for (int i = 0; i < sql.parameters.size(); i++) {
                statement.setObject(i + 1, sql.parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    /** A query's text and its positional parameters, in order. */
    static final class Sql {
        StringBuilder text;
        final List<Object> parameters = new ArrayList<>();

        Sql and(String condition, Object value) {
            if (value != null) {
                text.append(" AND ").append(condition);
                parameters.add(value instanceof LocalDate day ? java.sql.Date.valueOf(day) : value);
            }
            return this;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
