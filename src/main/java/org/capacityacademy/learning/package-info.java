/**
 * What a learner does with a course: enrolment (unenrolling keeps the history), lesson
 * progress, where to continue, and "My learning".
 *
 * <p>Depends on: account, catalog, platform, tracking.
 */
package org.capacityacademy.learning;
