package org.capacityacademy.authoring.courses.boundary;

import java.io.Serializable;
import java.util.List;

/** A published course whose report (text by section, and source) a new course can teach. */
public record ReportSource(String course, String title, String symbol, List<String> languages) implements Serializable {
}
