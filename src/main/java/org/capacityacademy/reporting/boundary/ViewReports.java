package org.capacityacademy.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.control.Messages;
import org.capacityacademy.reporting.control.ReportTable;
import org.capacityacademy.reporting.control.SvgChart;
import org.capacityacademy.reporting.entity.Breakdown;

import java.time.Instant;
import java.util.List;

/**
 * Backs {@code admin/reports.xhtml}: the report the address asks for (every filter and the
 * breakdown and charted measure are GET parameters, so a report can be bookmarked and shared), its
 * chart and its table.
 */
@Named
@RequestScoped
public class ViewReports extends ReportParameters {

    @Inject
    EnrolmentReports reports;

    @Inject
    Language language;

    private ReportRequest request;
    private ReportTable table;
    private List<Breakdown> breakdowns;

    /** Reads the address before the page renders (f:viewAction), so that a bad value's message shows above the report. */
    public void load() {
        request();
        request.problems().forEach(key -> FacesMessages.error(null, key));
    }

    private ReportRequest request() {
        if (request == null) {
            request = ReportRequest.of(getBy(), getCourse(), getFrom(), getTo(), getCountry(), getGroup(),
                    getOrganisationType(), getGender());
        }
        return request;
    }

    public Breakdown getBreakdown() {
        return request().by();
    }

    public ReportTable getTable() {
        if (table == null) {
            table = reports.table(getBreakdown(), request().filter(), language.getLocale());
        }
        return table;
    }

    /** The chosen measure's position among the table's measures; enrolments (0) when none or an unknown one is asked for. */
    public int getMeasureIndex() {
        return getMeasure() == null ? 0 : Math.max(ReportLabels.MEASURES.indexOf(getMeasure().strip()), 0);
    }

    public String getChart() {
        ReportTable report = getTable();
        int index = getMeasureIndex();
        String measure = report.headers().get(index + 1);
        List<SvgChart.Point> points = report.lines().stream()
                .filter(line -> getBreakdown().isPeriod() || line.values().get(index) != null)
                .map(line -> {
                    Number value = line.values().get(index);
                    return new SvgChart.Point(line.label(), value == null ? 0 : value.doubleValue(),
                            value == null ? "–" : NumberText.of(value, language.getLocale()));
                }).toList();
        String title = Messages.text(language.getLocale(), "reports.chartTitle", measure, report.headers().get(0));
        String description = Messages.text(language.getLocale(), getBreakdown().isPeriod() ? "reports.lineDescription"
                : "reports.barDescription", measure, points.size(), Math.min(points.size(), SvgChart.MAX_BARS));
        boolean rtl = "rtl".equals(language.getDirection());
        return getBreakdown().isPeriod() ? SvgChart.line("chart", title, description, points, rtl)
                : SvgChart.bars("chart", title, description, points, rtl);
    }

    public String number(Number value) {
        return value == null ? "–" : NumberText.of(value, language.getLocale());
    }

    public Instant getRefreshedAt() {
        return reports.refreshedAt();
    }

    public List<Breakdown> getBreakdowns() {
        if (breakdowns == null) {
            breakdowns = reports.breakdowns();
        }
        return breakdowns;
    }

    public List<String> getMeasures() {
        return ReportLabels.MEASURES;
    }

    /** Rebuilds the figures now and shows the same report again. */
    public String refresh() {
        reports.refreshNow();
        return "/admin/reports?faces-redirect=true&includeViewParams=true";
    }
}
