package org.capacityacademy.authoring.insight.control;

import java.util.List;

/**
 * A course's questions with their figures: those in use module by module, and the retired ones
 * apart (their answers are kept, so their history still shows).
 */
public record QuestionReport(ProgressColumns course, List<ModuleFigures> modules, List<QuestionFigures> retired) {

    public long getFlagged() {
        return modules.stream().flatMap(m -> m.questions().stream()).filter(QuestionFigures::isFlagged).count();
    }
}
