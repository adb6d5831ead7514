package org.capacityacademy.administration.control;

import java.io.Serializable;

/**
 * What is wrong with one value of a row: the column, a message key (whose text takes the
 * column as {0} and the argument as {1}) and the argument, e.g. the unknown country's code.
 */
public record RowProblem(String column, String key, String argument) implements Serializable {

    public static RowProblem of(ImportColumn column, String key, Object argument) {
        return new RowProblem(column.header(), key, argument == null ? "" : String.valueOf(argument));
    }
}
