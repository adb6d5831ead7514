package org.capacityacademy.authoring.insight.control;

import java.time.LocalDate;

/**
 * Which of a course's learners to list; null fields do not filter.
 *
 * @param text   part of the name or e-mail address, ignoring case
 * @param cohort a cohort's id: its members only
 * @param from   enrolled on or after this day (UTC)
 * @param to     enrolled on or before this day (UTC)
 */
public record LearnerFilter(String text, Long cohort, LearnerStatus status, LocalDate from, LocalDate to) {

    public static final LearnerFilter ALL = new LearnerFilter(null, null, null, null, null);
}
