package org.capacityacademy.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * One table's INSERT as a JDBC batch: rows are collected one by one while a chunk of learners is
 * generated, then taken and sent together by the writer (parents before children, so foreign keys
 * hold), far faster than one statement per row (or JPA) on H2 and PostgreSQL alike.
 */
final class Rows implements AutoCloseable {

    private final PreparedStatement insert;
    private List<Object[]> pending = new ArrayList<>();
    private long written;
    private long nanos;

    Rows(Connection connection, String table, String... columns) throws SQLException {
        String marks = "?" + ", ?".repeat(columns.length - 1);
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + marks + ")");
    }

    /** Adds one row to the batch being collected. */
    void add(Object... values) {
        pending.add(values);
        written++;
    }

    /** The rows collected since the last call, to be sent by {@link #send}. */
    List<Object[]> take() {
        List<Object[]> taken = pending;
        pending = new ArrayList<>();
        return taken;
    }

    /** Sends rows as one batch: Instants become TIMESTAMP WITH TIME ZONE in UTC, nulls are typed by their column. */
    void send(List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        for (Object[] values : rows) {
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
        }
        insert.executeBatch();
        nanos += System.nanoTime() - start;
    }

    /** A run continued after a stop counts the rows the earlier runs wrote. */
    void continueFrom(long rows) {
        written = rows;
    }

    /** The time spent sending, in seconds. */
    long seconds() {
        return nanos / 1_000_000_000L;
    }

    long written() {
        return written;
    }

    /** Closes the statement; rows not taken are dropped (the chunk they belong to was not committed). */
    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
