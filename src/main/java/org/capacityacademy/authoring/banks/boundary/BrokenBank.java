package org.capacityacademy.authoring.banks.boundary;

import jakarta.ejb.ApplicationException;
import org.capacityacademy.courseformat.ContentProblem;

import java.util.List;

/**
 * A bank file of the draft is not valid GIFT (e.g. brought in by a zip): the bank cannot be
 * edited question by question until the file is repaired; the page lists the problems.
 */
@ApplicationException(rollback = true)
public class BrokenBank extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public BrokenBank(List<ContentProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> getProblems() {
        return problems;
    }
}
