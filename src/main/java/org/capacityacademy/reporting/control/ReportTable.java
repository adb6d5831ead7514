package org.capacityacademy.reporting.control;

import org.capacityacademy.reporting.entity.ReportRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A report as a table in a language: its title, the column headers (the breakdown, then the six
 * measures) and each row with its breakdown value named. The page shows it; the exports write it.
 */
public record ReportTable(String title, List<String> headers, List<Line> lines) {

    /** A row and its label (a course title, a country's name, "March 2026" ...). */
    public record Line(String label, ReportRow row) {

        /** The completion rate in percent, one decimal; null if nothing was enrolled. */
        public BigDecimal ratePercent() {
            return row.completionRate() == null ? null
                    : BigDecimal.valueOf(row.completionRate() * 100).setScale(1, RoundingMode.HALF_UP);
        }

        /** The median in days, one decimal; null if nothing was completed. */
        public BigDecimal medianDays() {
            return row.medianDaysToComplete() == null ? null
                    : BigDecimal.valueOf(row.medianDaysToComplete()).setScale(1, RoundingMode.HALF_UP);
        }

        /** The measures as numbers, in the order of the headers after the label (null where there is none). */
        public List<Number> values() {
            return java.util.Arrays.asList(row.enrolments(), row.activeLearners(), row.completions(), ratePercent(),
                    row.averageFinalScore(), medianDays());
        }
    }
}
