/**
 * Administrators' reports on enrolments and completions: enrolments, active learners,
 * completions, completion rate, average final score and median time to completion, broken down
 * by course, country, M49 region and sub-region, development group, organisation type, gender,
 * cohort or period; with a chart (inline SVG drawn by the platform), the table under it, and the
 * table as CSV or XLSX. Every figure is an aggregate query in the database over the reporting
 * tables ({@code report_enrolment}, {@code report_completion}, {@code report_learner},
 * {@code report_activity_gap}, {@code report_activity_month}; migrations V12 and V15), which the
 * platform rebuilds from the learning tables every 15 minutes and on request.
 *
 * <p>Depends on: account, country, platform.
 */
package org.capacityacademy.reporting;
