/**
 * Questions, question banks and quizzes: the questions as stored per language (read from the
 * GIFT files by {@code courseformat}), quiz attempts, their answers saved one by one, grading
 * on the server, time limits, reviews and the questions' figures.
 *
 * <p>Depends on: account, catalog, courseformat, learning, platform, tracking.
 */
package org.capacityacademy.assessment;
