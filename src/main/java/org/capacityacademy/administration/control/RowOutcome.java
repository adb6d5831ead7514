package org.capacityacademy.administration.control;

import java.io.Serializable;
import java.util.List;

/** What importing one row would do: create a person, update one, or nothing because of its problems. */
public record RowOutcome(int row, String email, String fullName, Verdict verdict, List<RowProblem> problems)
        implements Serializable {

    /** New person, update of a registered one, or a row with errors that is not imported. */
    public enum Verdict {
        NEW, UPDATE, ERROR;

        public String getMessageKey() {
            return "import.verdict." + name();
        }
    }

    public boolean isError() {
        return verdict == Verdict.ERROR;
    }
}
