package org.capacityacademy.reporting.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.capacityacademy.platform.control.ApplicationDataSource;
import org.capacityacademy.reporting.control.CohortTables;
import org.capacityacademy.reporting.control.ReportQueries;
import org.capacityacademy.reporting.control.ReportTable;
import org.capacityacademy.reporting.control.ReportTables;
import org.capacityacademy.reporting.entity.Breakdown;
import org.capacityacademy.reporting.entity.ReportFilter;
import org.capacityacademy.reporting.entity.ReportRow;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The administrators' reports: a report's rows (aggregate SQL over the reporting tables, see
 * {@link ReportQueries}) named in a language, when the reporting tables were last rebuilt, and a
 * rebuild on request. Only administrators reach its callers (the page and the export resource are
 * under {@code /admin} and {@code /api/admin}).
 */
@Stateless
public class EnrolmentReports {

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ReportLabels labels;

    @Inject
    ReportRefresh refresh;

    public List<ReportRow> rows(Breakdown by, ReportFilter filter) {
        try (Connection connection = dataSource.getConnection()) {
            if (by == Breakdown.COHORT && !CohortTables.exist(connection)) {
                return List.of();
            }
            return new ReportQueries(connection).run(by, filter);
        } catch (SQLException e) {
            throw new IllegalStateException("report by " + by + " failed", e);
        }
    }

    /** The report as the page and the exports show it, in {@code locale}. */
    public ReportTable table(Breakdown by, ReportFilter filter, Locale locale) {
        List<ReportRow> rows = rows(by, filter);
        return labels.table(by, rows, locale);
    }

    /** The breakdowns this database can answer (the cohort one needs the cohort tables). */
    public List<Breakdown> breakdowns() {
        try (Connection connection = dataSource.getConnection()) {
            boolean cohorts = CohortTables.exist(connection);
            return Arrays.stream(Breakdown.values()).filter(b -> b != Breakdown.COHORT || cohorts).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When the figures were last computed; null before the first rebuild. */
    public Instant refreshedAt() {
        try (Connection connection = dataSource.getConnection()) {
            return ReportTables.refreshedAt(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rebuilds the reporting tables now (unless a rebuild is running already); false if one was. */
    public boolean refreshNow() {
        return refresh.rebuild();
    }
}
