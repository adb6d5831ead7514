/**
 * Courses, modules, lessons, glossaries and the report's text paragraph by paragraph; reading
 * courses from their text files in {@code courses/} and importing them into the database; which
 * of a course's languages each reader gets it in, and the language a reader chose for a course.
 */
package org.capacityacademy.catalog;
