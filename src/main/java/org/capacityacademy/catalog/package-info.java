/**
 * Courses, modules, lessons, glossaries and the report's text paragraph by paragraph: importing
 * courses from their files in {@code courses/} (read and checked by {@code courseformat}) into the
 * database, all or nothing, and showing them; which of a course's languages each reader gets it
 * in, and the language a reader chose for a course. The question banks an import brings are
 * stored through {@link org.capacityacademy.catalog.boundary.QuestionStore}, which assessment
 * provides.
 *
 * <p>Depends on: account, courseformat, platform.
 */
package org.capacityacademy.catalog;
