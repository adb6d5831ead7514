package org.capacityacademy.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.Types;

/**
 * One table's INSERT as a JDBC batch: rows are added one by one and sent together when the
 * generator flushes (parents before children, so foreign keys hold), far faster than one
 * statement per row (or JPA) on H2 and PostgreSQL alike.
 */
final class Rows implements AutoCloseable {

    private final PreparedStatement insert;
    private int pending;
    private long written;

    Rows(Connection connection, String table, String... columns) throws SQLException {
        String marks = "?" + ", ?".repeat(columns.length - 1);
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + marks + ")");
    }

    /** Adds one row: Instants become TIMESTAMP WITH TIME ZONE in UTC, nulls are typed by their column. */
    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Instant instant) {
                insert.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value == null) {
                insert.setNull(i + 1, Types.NULL);
            } else {
                insert.setObject(i + 1, value);
            }
        }
        insert.addBatch();
        written++;
        pending++;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        flush();
        insert.close();
    }
}
