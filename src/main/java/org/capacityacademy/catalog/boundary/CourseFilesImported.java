package org.capacityacademy.catalog.boundary;

import java.util.Map;

/** A course folder was imported: its files, by path, as they now stand published. */
public record CourseFilesImported(String course, Map<String, String> files) {
}
