package org.capacityacademy.bench;

import org.capacityacademy.reporting.control.CohortTables;
import org.capacityacademy.reporting.control.ReportQueries;
import org.capacityacademy.reporting.control.ReportTables;
import org.capacityacademy.reporting.entity.Breakdown;
import org.capacityacademy.reporting.entity.ReportFilter;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Times every administrator's report, each breakdown with no filter, over the last 12 months,
 * over the last calendar year (whole months), since a year ago and over one month of one course, on a database given by its JDBC URL (an H2 file or PostgreSQL
 * filled by the data generator). Not a test: it prints the figures (see the README, "Reports").
 *
 * <pre>mvn -o -Pbench test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *   -Dexec.classpathScope=test -Dexec.mainClass=org.capacityacademy.bench.ReportsBenchmark \
 *   -Dexec.args="jdbc:h2:file:/path/academy academy academy [--migrate] [--rebuild | --refresh] [course-code]"</pre>
 *
 * <p>{@code --migrate} first applies the platform's migrations, {@code --rebuild} rebuilds the reporting tables, {@code --refresh} first applies the changes
 * since the last computation (as the platform does every minute), each statement timed. It ends with
 * the 95th percentile of the first and second timings.
 */
public final class ReportsBenchmark {

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: ReportsBenchmark <jdbc-url> <user> <password> [--migrate] [--rebuild | --refresh] [course-code]");
            System.exit(2);
        }
        boolean rebuild = List.of(args).contains("--rebuild");
        boolean refresh = List.of(args).contains("--refresh");
        if (List.of(args).contains("--migrate")) {
            // a database the platform has not opened since a new migration (e.g. a generated one)
            org.flywaydb.core.Flyway.configure(ReportsBenchmark.class.getClassLoader()).dataSource(args[0], args[1], args[2])
                    .locations("classpath:db/migration")
                    .javaMigrations(new org.capacityacademy.country.control.V3__Load_countries(),
                            new org.capacityacademy.country.control.V18__Un_country_names())
                    .load().migrate();
        }
        String course = args.length > 3 && !args[args.length - 1].startsWith("--") ? args[args.length - 1] : null;
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            if (rebuild) {
                connection.setAutoCommit(false);
                long start = System.nanoTime();
                ReportTables.rebuild(connection, Instant.now(), (sql, ms) -> {
                    System.out.printf("  %7d ms  %s%n", ms, sql.length() > 90 ? sql.substring(0, 90) + " ..." : sql);
                    System.out.flush();
                });
                connection.commit();
                connection.setAutoCommit(true);
                System.out.printf("rebuild of the reporting tables: %d ms%n", (System.nanoTime() - start) / 1_000_000);
                System.out.flush();
            }
            if (refresh) {
                connection.setAutoCommit(false);
                long start = System.nanoTime();
                int learners = ReportTables.refresh(connection, Instant.now(), (sql, ms) -> {
                    System.out.printf("  %7d ms  %s%n", ms, sql.length() > 90 ? sql.substring(0, 90) + " ..." : sql);
                    System.out.flush();
                });
                connection.commit();
                connection.setAutoCommit(true);
                System.out.printf("refresh of the reporting tables: %d learners recomputed in %d ms%n", learners,
                        (System.nanoTime() - start) / 1_000_000);
                System.out.flush();
            }
            boolean cohorts = CohortTables.exist(connection);
            LocalDate today = LocalDate.now();
            List<Object[]> filters = List.of(
                    new Object[] {"all time", ReportFilter.none()},
                    new Object[] {"last 12 months", new ReportFilter(null, today.minusYears(1), today, null, null, null, null)},
                    new Object[] {"last calendar year", new ReportFilter(null, LocalDate.of(today.getYear() - 1, 1, 1),
                            LocalDate.of(today.getYear() - 1, 12, 31), null, null, null, null)},
                    new Object[] {"since a year ago", new ReportFilter(null, today.minusYears(1), null, null, null, null, null)},
                    new Object[] {"one course, one month", new ReportFilter(course, today.minusMonths(1), today, null, null, null, null)});
            ReportQueries queries = new ReportQueries(connection);
            // each report twice: first right after opening the database (its cache empty), then again after all the others
            System.out.printf("%-18s %-22s %8s %8s %6s%n", "breakdown", "filter", "first ms", "again ms", "rows");
            long worst = 0;
            List<long[]> first = new java.util.ArrayList<>();
            List<Long> again = new java.util.ArrayList<>();
            for (int pass = 0; pass < 2; pass++) {
                int line = 0;
                for (Breakdown by : Breakdown.values()) {
                    if (by == Breakdown.COHORT && !cohorts) {
                        if (pass == 1) {
                            System.out.printf("%-18s %-22s %8s%n", by.parameter(), "(no cohort tables)", "-");
                        }
                        continue;
                    }
                    for (Object[] filter : filters) {
                        long start = System.nanoTime();
                        int rows = queries.run(by, (ReportFilter) filter[1]).size();
                        long ms = (System.nanoTime() - start) / 1_000_000;
                        worst = Math.max(worst, ms);
                        if (pass == 0) {
                            first.add(new long[] {ms, rows});
                        } else {
                            again.add(ms);
                            System.out.printf("%-18s %-22s %8d %8d %6d%n", by.parameter(), filter[0], first.get(line)[0], ms, rows);
                            System.out.flush();
                        }
                        line++;
                    }
                }
            }
            System.out.printf("slowest report: %d ms%n", worst);
            System.out.printf("p95 over %d reports: first %d ms, again %d ms%n", again.size(),
                    p95(first.stream().map(f -> f[0]).toList()), p95(again));
        }
    }

    /** The 95th percentile (nearest rank). */
    static long p95(List<Long> timings) {
        List<Long> sorted = timings.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }
}
