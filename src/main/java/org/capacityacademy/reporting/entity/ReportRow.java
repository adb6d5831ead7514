package org.capacityacademy.reporting.entity;

import java.math.BigDecimal;

/**
 * One line of a report: the breakdown's value ({@code key}: a course id, a country code, a period
 * such as 202603 ...) and the six measures. The rate, score and median are null where nothing
 * was counted to take them from.
 *
 * @param completionRate share (0 to 1) of the enrolments counted that are completed
 * @param averageFinalScore in percent
 * @param medianDaysToComplete days from enrolling to completing
 */
public record ReportRow(String key, long enrolments, long activeLearners, long completions, Double completionRate,
                        BigDecimal averageFinalScore, Double medianDaysToComplete) {
}
