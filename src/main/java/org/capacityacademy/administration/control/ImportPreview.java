package org.capacityacademy.administration.control;

import java.io.Serializable;
import java.util.List;

/**
 * What importing a file would do, row by row, before anything is saved: the counts, each row's
 * outcome, and the cohorts that would be created. A file that cannot be read has its problem and no rows.
 */
public record ImportPreview(FileProblem fileProblem, List<RowOutcome> rows, int newCount, int updateCount, int errorCount,
                            List<String> newCohorts) implements Serializable {

    public static ImportPreview of(FileProblem problem) {
        return new ImportPreview(problem, List.of(), 0, 0, 0, List.of());
    }

    public boolean isReadable() {
        return fileProblem == null;
    }

    /** Whether anything would be saved: a readable file with at least one row without errors. */
    public boolean isApplicable() {
        return isReadable() && newCount + updateCount > 0;
    }

    /** A page of the rows, or of the rows with errors only. */
    public List<RowOutcome> page(int first, int max, boolean errorsOnly) {
        if (!errorsOnly) {
            return rows.subList(Math.min(first, rows.size()), Math.min(first + max, rows.size()));
        }
        return rows.stream().filter(RowOutcome::isError).skip(first).limit(max).toList();
    }

    /** Whether another preview of the same file says the same of every row. */
    public boolean agreesWith(ImportPreview other) {
        if (other == null || !isReadable() || !other.isReadable() || rows.size() != other.rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).verdict() != other.rows.get(i).verdict() || rows.get(i).row() != other.rows.get(i).row()) {
                return false;
            }
        }
        return newCohorts.equals(other.newCohorts);
    }
}
