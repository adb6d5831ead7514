package org.capacityacademy.catalog.boundary;

import java.util.Map;

/**
 * A course folder was read by the import: its files, by path, and whether they changed what is
 * published (when not, they are what was published from the folder before, or older than edits
 * published since in the browser).
 */
public record CourseFilesImported(String course, Map<String, String> files, boolean changed) {
}
