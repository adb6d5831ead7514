/**
 * Courses, modules, lessons and the report's text paragraph by paragraph; reading courses
 * from their text files in {@code courses/} and importing them into the database.
 */
package org.capacityacademy.catalog;
