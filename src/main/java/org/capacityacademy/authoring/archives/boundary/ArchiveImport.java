package org.capacityacademy.authoring.archives.boundary;

import org.capacityacademy.courseformat.ContentProblem;

import java.io.Serializable;
import java.util.List;

/**
 * What importing a course zip did: refused (why, in a message key and its arguments), stopped by
 * problems in the course's files (each with file and line), or taken as a course's draft.
 */
public record ArchiveImport(Outcome outcome, String course, String messageKey, List<String> arguments,
                            List<ContentProblem> problems) implements Serializable {

    /** How an import ended; only the last three stored anything. */
    public enum Outcome {
        /** Not a course zip, or files the draft cannot hold (names, sizes). */
        REFUSED,
        /** A course zip whose files have problems, listed with file and line. */
        PROBLEMS,
        /** A course that exists and the caller may not edit. */
        NOT_AN_AUTHOR,
        /** Someone changed the draft between reading it and replacing its files. */
        CONFLICT,
        /** The draft of an existing course now holds the zip's files. */
        DRAFT_REPLACED,
        /** The draft already held exactly the zip's files. */
        DRAFT_UNCHANGED,
        /** A new course's first draft. */
        STARTED
    }

    public ArchiveImport {
        arguments = List.copyOf(arguments);
        problems = List.copyOf(problems);
    }

    static ArchiveImport of(Outcome outcome, String course, String messageKey, Object... arguments) {
        return new ArchiveImport(outcome, course, messageKey,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList(), List.of());
    }

    static ArchiveImport problems(String course, List<ContentProblem> problems) {
        return new ArchiveImport(Outcome.PROBLEMS, course, "author.archive.problems", List.of(), problems);
    }

    public boolean isImported() {
        return outcome == Outcome.DRAFT_REPLACED || outcome == Outcome.DRAFT_UNCHANGED || outcome == Outcome.STARTED;
    }
}
