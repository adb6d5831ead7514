package org.capacityacademy.catalog.boundary;

/** A course's published content was changed in the current transaction (import or publish). */
public record CourseStored(long courseId) {
}
