package org.capacityacademy.tracking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.capacityacademy.tracking.control.StatementJson;
import org.capacityacademy.tracking.entity.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps a learning event as an xAPI statement in a JDBC transaction the caller holds, for the one
 * path that writes past the entity manager because it is the most frequent write of all (saving a
 * quiz answer). The statement is the one {@link StatementRecorder} would keep, in the same table,
 * waiting for its stored time; its id comes from the same sequence in the same blocks of 50 that
 * EclipseLink takes (each value of the sequence is the last id of a block of its own), so the two
 * never give the same id. Once the caller has committed, {@link #committed()} has it stored soon.
 */
@ApplicationScoped
public class StatementRows {

    /** The sequence's {@code INCREMENT BY} (migration V7) and the entity's allocation size. */
    static final int BLOCK = 50;

    private static final String INSERT = "INSERT INTO xapi_statement (id, statement_id, account_id, verb_id, activity_id, "
            + "parent_activity_id, registration, occurred_at, statement_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    @ConfigProperty(name = "public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    StoredTimesAfterCommit storedTimes;

    Clock clock = Clock.systemUTC();

    /** The next id to give and the last of its block; guarded by this. */
    private long next = 1;
    private long last = 0;

    /** A statement to write: the event, and its actor's name and language as the statement names them. */
    public record Told(LearningEvent event, String actorName, String actorLanguage) {
    }

    /** Writes the statements of these events in the connection's transaction, in one batch. */
    public void insert(Connection connection, List<Told> told) throws SQLException {
        if (told.isEmpty()) {
            return;
        }
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
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The caller's transaction has committed: its statements get their stored time soon. */
    public void committed() {
        storedTimes.due();
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
