package org.capacityacademy.courseformat;

import java.util.List;
import java.util.stream.Collectors;

/** Course files that cannot be imported; nothing of them has been stored. */
public class ContentException extends Exception {

    private final List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ContentException(String file, int line, String message) {
        this(List.of(new ContentProblem(file, line, message)));
    }

    public List<ContentProblem> getProblems() {
        return problems;
    }
}
