package org.capacityacademy.authoring.insight.control;

import java.util.List;

/** A module's questions in use, in bank order, with their figures. */
public record ModuleFigures(String code, String title, List<QuestionFigures> questions) {
}
