/**
 * Courses, modules, lessons and the report's text paragraph by paragraph: importing courses
 * from their files in {@code courses/} (read and checked by {@code courseformat}) into the
 * database, all or nothing, and showing them. The question banks an import brings are stored
 * through {@link org.capacityacademy.catalog.boundary.QuestionStore}, which assessment provides.
 *
 * <p>Depends on: courseformat, platform.
 */
package org.capacityacademy.catalog;
