package org.capacityacademy.authoring.courses.boundary;

import java.io.Serializable;

/**
 * A course as its authors see it in their list: its title in the page's language (or the
 * course's default), whether learners see it, and whether its draft holds unpublished changes.
 */
public record AuthoredCourse(String code, String title, String titleLanguage, boolean published,
                             boolean unpublishedChanges) implements Serializable {
}
