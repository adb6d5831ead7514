package org.capacityacademy.courseformat;

/** One thing wrong in a course's files: where it is and what is wrong, for the author to fix. */
public record ContentProblem(String file, int line, String message) implements java.io.Serializable {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
