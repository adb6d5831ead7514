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
 * Runs a report as a few aggregate queries, each over one reporting table with its filter as
 * parameters (never concatenated), each answered from that table's one covering index: enrolments
 * (and how many of them are completed) from {@code report_enrolment}, completions (with their
 * average final score and median days, PERCENTILE_CONT as both H2 and PostgreSQL have it) from
 * {@code report_completion}, and active learners, counted with COUNT(*) over one row per learner
 * (see {@link #activeLearners}), never COUNT(DISTINCT). Their few grouped lines are then put side
 * by side by breakdown value. The breakdown by development group computes each group's figures as
 * columns of one pass (a learner's country may be in several groups), not by a join.
 */
public class ReportQueries {

    /** The development groups and which rows are in each. */
    private static final Map<String, String> GROUPS = groups();
    private static final String COHORT_JOIN = " JOIN cohort_member cm ON cm.account_id = f.account_id";

    private final Connection connection;
    private final Map<String, Long> courseIds = new java.util.HashMap<>();

    public ReportQueries(Connection connection) {
        this.connection = connection;
    }

    private static Map<String, String> groups() {
        Map<String, String> groups = new java.util.LinkedHashMap<>();
        groups.put("developing", "f.developing");
        groups.put("ldc", "f.ldc");
        groups.put("lldc", "f.lldc");
        groups.put("sids", "f.sids");
        groups.put("developed", "NOT f.developing");
        return groups;
    }

    /** Rows by breakdown value: periods in time order, with empty periods between the first and last; categories by enrolments, most first. */
    public List<ReportRow> run(Breakdown by, ReportFilter filter) throws SQLException {
        Map<String, Object[]> enrolled = aggregate(by, by.key("f.enrolled_on"), "report_enrolment",
                List.of(ReportQueries::count, in -> count(and(in, "f.completed_on IS NOT NULL"))),
                where(filter, true).range("f.enrolled_on", filter.from(), filter.to()));
        Map<String, Object[]> completed = aggregate(by, by.key("f.completed_on"), "report_completion",
                List.of(ReportQueries::count, in -> "AVG(" + when(in, "f.final_score") + ")",
                        in -> "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + when(in, "f.completion_days") + ")"),
                where(filter, true).range("f.completed_on", filter.from(), filter.to()));
        Map<String, Long> active = activeLearners(by, filter);

        TreeMap<String, Boolean> keys = new TreeMap<>();
        enrolled.keySet().forEach(k -> keys.put(k, true));
        completed.keySet().forEach(k -> keys.put(k, true));
        active.keySet().forEach(k -> keys.put(k, true));
        List<String> ordered = by.isPeriod() ? Periods.between(by, keys.keySet()) : new ArrayList<>(keys.keySet());
        List<ReportRow> rows = new ArrayList<>();
        for (String key : ordered) {
            Object[] e = enrolled.getOrDefault(key, new Object[] {0L, 0L});
            Object[] c = completed.getOrDefault(key, new Object[] {0L, null, null});
            long enrolments = number(e[0]);
            rows.add(new ReportRow(key, enrolments, active.getOrDefault(key, 0L), number(c[0]),
                    enrolments == 0 ? null : (double) number(e[1]) / enrolments, scale(decimal(c[1])),
                    c[2] == null ? null : ((Number) c[2]).doubleValue()));
        }
        if (!by.isPeriod()) {
            rows.sort(Comparator.comparingLong(ReportRow::enrolments).reversed()
                    .thenComparing(row -> row.key() == null ? "" : row.key()));
        }
        return rows;
    }

    /**
     * Distinct learners with activity in the period, by breakdown value: learners over all courses,
     * or enrolments (one per learner and course) where the report is by course or for one course.
     * A breakdown by month, quarter or year counts the marked rows of the activity months for each
     * period wholly inside the filter's period, and the first and last periods, where the filter
     * cuts them, as periods of their own.
     */
    Map<String, Long> activeLearners(Breakdown by, ReportFilter filter) throws SQLException {
        boolean perCourse = by == Breakdown.COURSE || blankToNull(filter.course()) != null;
        if (!by.isPeriod()) {
            return activeBetween(by, filter, filter.from(), filter.to(), perCourse, null);
        }
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        Map<String, Long> active = new TreeMap<>();
        LocalDate wholeFrom = from;
        LocalDate wholeTo = to;
        if (from != null && to != null && Periods.start(by, from).equals(Periods.start(by, to))
                && !(from.equals(Periods.start(by, from)) && to.equals(Periods.end(by, to)))) {
            // the filter's period is inside one period, and not all of it
            active.putAll(activeBetween(by, filter, from, to, perCourse, Periods.key(by, from)));
            return active;
        }
        if (from != null && !from.equals(Periods.start(by, from))) {
            active.putAll(activeBetween(by, filter, from, Periods.end(by, from), perCourse, Periods.key(by, from)));
            wholeFrom = Periods.end(by, from).plusDays(1);
        }
        if (to != null && !to.equals(Periods.end(by, to))) {
            active.putAll(activeBetween(by, filter, Periods.start(by, to), to, perCourse, Periods.key(by, to)));
            wholeTo = Periods.start(by, to).minusDays(1);
        }
        if (wholeFrom == null || wholeTo == null || !wholeFrom.isAfter(wholeTo)) {
            String marked = switch (by) {
                case MONTH -> perCourse ? null : "f.learner_first_in_month";
                case QUARTER -> perCourse ? "f.first_in_quarter" : "f.learner_first_in_quarter";
                default -> perCourse ? "f.first_in_year" : "f.learner_first_in_year";
            };
            Map<String, Object[]> whole = aggregate(by, by.key("f.active_month"), "report_activity_month", List.of(ReportQueries::count),
                    where(filter, perCourse).range("f.active_month", wholeFrom, wholeTo).and(marked));
            whole.forEach((key, values) -> active.merge(key, number(values[0]), Long::sum));
        }
        active.values().removeIf(count -> count == 0);
        return active;
    }

    /**
     * Learners (or enrolments) with activity between two days (either may be open), by breakdown
     * value, or under {@code periodKey} if given: those whose first active day is not after the end
     * and last not before the start, less those with a quiet stretch around the whole period.
     */
    private Map<String, Long> activeBetween(Breakdown by, ReportFilter filter, LocalDate from, LocalDate to, boolean perCourse,
                                            String periodKey) throws SQLException {
        String key = periodKey == null ? by.key(null) : null;
        Map<String, Long> active = new TreeMap<>();
        // over all courses (course_id NULL), in every course, or in the filter's one course; "every
        // course" as a range, which H2 reads from the index where it does not for IS NOT NULL
        boolean everyCourse = perCourse && blankToNull(filter.course()) == null;
        Sql rows = where(filter, perCourse).and(perCourse ? null : "f.course_id IS NULL")
                .and("f.course_id >= ?", everyCourse ? Long.MIN_VALUE : null)
                .and("f.active_from <= ?", to).and("f.active_until >= ?", from);
        aggregate(by, key, "report_learner", List.of(ReportQueries::count), rows)
                .forEach((k, values) -> active.merge(periodKey == null ? k : periodKey, number(values[0]), Long::sum));
        if (from != null && to != null) {
            Sql gaps = where(filter, perCourse).and(perCourse ? null : "f.course_id IS NULL")
                    .and("f.course_id >= ?", everyCourse ? Long.MIN_VALUE : null)
                    .and("f.next_active_on > ?", to).and("f.last_active_on < ?", from);
            aggregate(by, key, "report_activity_gap", List.of(ReportQueries::count), gaps)
                    .forEach((k, values) -> active.merge(periodKey == null ? k : periodKey, -number(values[0]), Long::sum));
        }
        active.values().removeIf(count -> count == 0);
        return active;
    }

    /** A measure's SQL, counting only the rows where {@code in} holds (null: all rows). */
    private interface Measure {
        String sql(String in);
    }

    private static String count(String in) {
        return in == null ? "COUNT(*)" : "COUNT(CASE WHEN " + in + " THEN 1 END)";
    }

    private static String when(String in, String value) {
        return in == null ? value : "CASE WHEN " + in + " THEN " + value + " END";
    }

    private static String and(String a, String b) {
        return a == null ? b : a + " AND " + b;
    }

    /**
     * The measures by breakdown value ({@code key}, grouped by), or under the empty key where
     * {@code key} is null; by development group, one pass with each group's measures as columns
     * (a group with no rows has no line, as a value with no rows has none).
     */
    private Map<String, Object[]> aggregate(Breakdown by, String key, String table, List<Measure> measures, Sql where)
            throws SQLException {
        Map<String, Object[]> lines = new TreeMap<>();
        StringBuilder text = new StringBuilder("SELECT ");
        boolean groups = by == Breakdown.GROUP && key != null;
        List<String> columns = new ArrayList<>();
        if (groups) {
            GROUPS.values().forEach(in -> measures.forEach(m -> columns.add(m.sql(in))));
        } else {
            if (key != null) {
                columns.add(key);
            }
            measures.forEach(m -> columns.add(m.sql(null)));
        }
        text.append(String.join(", ", columns)).append(" FROM ").append(table).append(" f");
        if (by == Breakdown.COHORT) {
            text.append(COHORT_JOIN);
        }
        text.append(" WHERE 1 = 1").append(where.text);
        if (key != null && !groups) {
            text.append(" GROUP BY ").append(key);
        }
        try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
            for (int i = 0; i < where.parameters.size(); i++) {
                statement.setObject(i + 1, where.parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (groups) {
                        int column = 1;
                        for (String group : GROUPS.keySet()) {
                            Object[] values = new Object[measures.size()];
                            for (int i = 0; i < values.length; i++) {
                                values[i] = rows.getObject(column++);
                            }
                            if (number(values[0]) > 0) {
                                lines.put(group, values);
                            }
                        }
                    } else {
                        int first = key == null ? 1 : 2;
                        Object[] values = new Object[measures.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rows.getObject(first + i);
                        }
                        String value = key == null ? "" : rows.getString(1);
                        lines.put(value == null ? "" : value, values);
                    }
                }
            }
        }
        return lines;
    }

    /** The filter's course (when {@code course}) and profile conditions; the period is added by the caller. */
    private Sql where(ReportFilter filter, boolean course) {
        Sql sql = new Sql();
        if (course) {
            sql.and("f.course_id = ?", blankToNull(filter.course()) == null ? null : courseId(filter.course().strip()));
        }
        sql.and("f.country_code = ?", blankToNull(filter.country()))
                .and("f.organisation_type = ?", blankToNull(filter.organisationType()))
                .and("f.gender = ?", blankToNull(filter.gender()));
        String group = blankToNull(filter.group());
        if (group != null && ReportFilter.GROUPS.contains(group)) {
            sql.and(group.equals("developed") ? "NOT f.developing" : "f." + group);
        }
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null || value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    /** Conditions (each after AND) and their positional parameters, in order. */
    static final class Sql {
        final StringBuilder text = new StringBuilder();
        final List<Object> parameters = new ArrayList<>();

        /** The condition with its parameter; nothing where the value is null (no filter). */
        Sql and(String condition, Object value) {
            if (value != null) {
                text.append(" AND ").append(condition);
                parameters.add(value instanceof LocalDate day ? java.sql.Date.valueOf(day) : value);
            }
            return this;
        }

        /** A condition without a parameter; nothing where null. */
        Sql and(String condition) {
            if (condition != null) {
                text.append(" AND ").append(condition);
            }
            return this;
        }

        Sql range(String day, LocalDate from, LocalDate to) {
            return and(day + " >= ?", from).and(day + " <= ?", to);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
