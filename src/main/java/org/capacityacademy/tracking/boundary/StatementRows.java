package org.capacityacademy.tracking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.capacityacademy.tracking.control.StatementJson;
import org.capacityacademy.tracking.entity.Statement;
import org.capacityacademy.tracking.entity.StoredClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps learning events as xAPI statements in a JDBC transaction the caller holds, for the one
 * path that writes past the entity manager because it is the most frequent write of all (saving
 * quiz answers). A statement is the one {@link StatementRecorder} would keep, in the same table;
 * its id comes from the same sequence in the same blocks of 50 that EclipseLink takes (each value
 * of the sequence is the last id of a block of its own), so the two never give the same id.
 */
@ApplicationScoped
public class StatementRows {

    /** The sequence's {@code INCREMENT BY} (migration V7) and the entity's allocation size. */
    static final int BLOCK = 50;

    private static final String INSERT = "INSERT INTO xapi_statement (id, statement_id, account_id, verb_id, activity_id, "
            + "parent_activity_id, registration, occurred_at, statement_json, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LOCK_CLOCK = "SELECT consistent_through FROM xapi_stored_clock WHERE id = ? FOR UPDATE";
    private static final String NEWEST_STORED = "SELECT MAX(stored_at) FROM xapi_statement";
    private static final String MOVE_CLOCK = "UPDATE xapi_stored_clock SET consistent_through = ? WHERE id = ?";

    @Inject
    @ConfigProperty(name = "public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    Clock clock = Clock.systemUTC();

    /** The next id to give and the last of its block; guarded by this. */
    private long next = 1;
    private long last = 0;

    /** A statement to write: the event, and its actor's name and language as the statement names them. */
    public record Told(LearningEvent event, String actorName, String actorLanguage) {
    }

    /**
     * Writes the statements of these events in the connection's transaction, in one batch, each
     * with its stored time: the transaction takes the {@link StoredClock}'s lock here and holds it
     * until it commits, exactly as a stored-time step does ({@link StoredTimes}), so the statements
     * become visible at the commit, after every statement stored before them and before any stored
     * after (one commit, where a statement written without its time needs a step of its own).
     */
    public void insert(Connection connection, List<Told> told) throws SQLException {
        if (told.isEmpty()) {
            return;
        }
        StoredClock stored = lockedClock(connection);
        StatementJson format = new StatementJson(publicUrl);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Told one : told) {
                Statement statement = StatementRecorder.statementOf(format, one.event(), clock.instant(),
                        one.actorName(), one.actorLanguage());
                insert.setLong(1, nextId(connection));
                insert.setString(2, statement.getStatementId());
                insert.setLong(3, statement.getAccountId());
                insert.setString(4, statement.getVerbId());
                insert.setString(5, statement.getActivityId());
                insert.setString(6, statement.getParentActivityId());
                insert.setString(7, statement.getRegistration());
                insert.setObject(8, statement.getTimestamp().atOffset(ZoneOffset.UTC));
                insert.setString(9, statement.getJson());
                insert.setObject(10, stored.nextStored(clock.instant()).atOffset(ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement move = connection.prepareStatement(MOVE_CLOCK)) {
            move.setObject(1, stored.getConsistentThrough().atOffset(ZoneOffset.UTC));
            move.setInt(2, StoredClock.ID);
            move.executeUpdate();
        }
    }

    /** The stored clock, locked until the connection's transaction ends, caught up with any statement stored around it. */
    private static StoredClock lockedClock(Connection connection) throws SQLException {
        StoredClock stored;
        try (PreparedStatement lock = connection.prepareStatement(LOCK_CLOCK)) {
            lock.setInt(1, StoredClock.ID);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                stored = new StoredClock(row.getObject(1, OffsetDateTime.class).toInstant());
            }
        }
        // statements written around the clock (the data generator, an import) still come first
        try (PreparedStatement newest = connection.prepareStatement(NEWEST_STORED);
             ResultSet row = newest.executeQuery()) {
            if (row.next() && row.getObject(1) != null) {
                stored.catchUp(row.getObject(1, OffsetDateTime.class).toInstant());
            }
        }
        return stored;
    }

    private synchronized long nextId(Connection connection) throws SQLException {
        if (next > last) {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            try (PreparedStatement sequence = connection.prepareStatement(postgres
                    ? "SELECT nextval('xapi_statement_seq')" : "SELECT NEXT VALUE FOR xapi_statement_seq");
                 ResultSet value = sequence.executeQuery()) {
                value.next();
                last = value.getLong(1);
                next = last - BLOCK + 1;
            }
        }
        return next++;
    }
}
