package org.capacityacademy.authoring.drafts.boundary;

import org.capacityacademy.courseformat.ContentProblem;

import java.io.Serializable;
import java.util.List;

/**
 * What publishing a draft would do: the problems that stop it, or the changes it makes to
 * what learners see, with how many learners' history uses each part it would retire.
 */
public record Publication(List<ContentProblem> problems, List<Change> changes) implements Serializable {

    /** A module, lesson or question added, changed or retired by publishing. */
    public record Change(String kind, String code, String action, long learners) implements Serializable {

        public boolean usedByLearners() {
            return "retired".equals(action) && learners > 0;
        }
    }

    public boolean mayPublish() {
        return problems.isEmpty();
    }

    public boolean needsConfirmation() {
        return changes.stream().anyMatch(Change::usedByLearners);
    }
}
