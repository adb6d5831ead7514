/**
 * What authors learn from their learners: each enrolled learner's progress (paged and counted in
 * the database, also as CSV) and, per question, how many answered, the share right and the wrong
 * answer chosen most often. Pages {@code author/learners.xhtml} ({@code CourseLearners}) and
 * {@code author/questions.xhtml} ({@code QuestionStatistics}); {@code GET /api/author/learners.csv}.
 *
 * <p>Depends on: account, assessment, authoring.drafts, catalog, country, courseformat, platform, reporting.
 */
package org.capacityacademy.authoring.insight;
