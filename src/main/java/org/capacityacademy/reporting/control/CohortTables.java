package org.capacityacademy.reporting.control;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether the database has the cohort tables ({@code cohort}, {@code cohort_member}), which the
 * cohort breakdown reads: they come with the administration of cohorts, and until they exist the
 * breakdown is not offered.
 */
public final class CohortTables {

    private CohortTables() {
    }

    public static boolean exist(Connection connection) throws SQLException {
        var metadata = connection.getMetaData();
        for (String name : new String[] {"cohort_member", "COHORT_MEMBER"}) {
            try (var tables = metadata.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The cohorts' names by id, as text (the breakdown's keys). */
    public static java.util.Map<String, String> names(Connection connection) throws SQLException {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT id, name FROM cohort")) {
            while (rows.next()) {
                names.put(String.valueOf(rows.getLong(1)), rows.getString(2));
            }
        }
        return names;
    }

}
