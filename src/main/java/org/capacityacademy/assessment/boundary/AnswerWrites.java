package org.capacityacademy.assessment.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.capacityacademy.assessment.control.AnswerSheet;
import org.capacityacademy.platform.control.ApplicationDataSource;
import org.capacityacademy.tracking.boundary.StatementRows;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the answers {@link AnswerSaving} takes, with a group commit: the answers that arrive while
 * one group is being written form the next group, written in one transaction (each answer with its
 * xAPI statement, given its stored time under the stored clock's lock) and committed once. A learner is told an answer is saved only after the commit
 * that holds it, as before; a crowd of learners costs a few commits a second instead of one per
 * answer (with H2 each commit writes to the file, and it was a quarter of an answer's cost). An
 * answer to an attempt that is no longer open is not written, and only the group's transaction is
 * lost if the database fails: each of its answers is then refused here and taken the slow way.
 */
@ApplicationScoped
public class AnswerWrites {

    private static final Logger LOG = Logger.getLogger(AnswerWrites.class.getName());
    /** Answers at most per group. */
    static final int GROUP = 200;
    /** How long a request waits for its group before it takes the slow way (the writer is stuck, or gone). */
    static final long PATIENCE_SECONDS = 20;
    private static final String SAVE = "UPDATE attempt_question SET response = ?, answered_at = ? "
            + "WHERE attempt_id = ? AND position = ? AND EXISTS (SELECT 1 FROM quiz_attempt a WHERE a.id = ? "
            + "AND a.state = 'OPEN' AND (a.deadline IS NULL OR a.deadline > ?))";

    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource data;

    @Inject
    StatementRows statements;

    private final BlockingQueue<Answer> waiting = new LinkedBlockingQueue<>();
    private Thread writer;

    /** An answer given, and whether it was committed. */
    private record Answer(AnswerSheet sheet, AnswerSheet.Asked asked, String response, Instant at,
                          CompletableFuture<Boolean> written) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        writer = threads.newThread(this::writeWhenGiven);
        writer.setName("answer-writes");
        writer.setDaemon(true);
        writer.start();
    }

    @PreDestroy
    void stop() {
        if (writer != null) {
            writer.interrupt();
        }
    }

    /**
     * True once the answer and its statement are committed; false when the attempt is not open
     * (submitted, or its time is up) or the write failed or took too long: the caller then takes
     * the way that says why, or writes it again.
     */
    public boolean write(AnswerSheet sheet, AnswerSheet.Asked asked, String response, Instant at) {
        Answer answer = new Answer(sheet, asked, response, at, new CompletableFuture<>());
        waiting.add(answer);
        try {
            return answer.written().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private void writeWhenGiven() {
        while (!Thread.currentThread().isInterrupted()) {
            List<Answer> group = new ArrayList<>();
            try {
                group.add(waiting.take());
            } catch (InterruptedException stopped) {
                return;
            }
            waiting.drainTo(group, GROUP - 1);
            boolean[] written = new boolean[group.size()];
            try {
                written = written(group);
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, group.size() + " answers are saved the slow way after a database error", e);
            }
            for (int i = 0; i < group.size(); i++) {
                group.get(i).written().complete(written[i]);
            }
        }
    }

    /** Writes a group in one transaction; which of its answers were written, once committed. */
    private boolean[] written(List<Answer> group) throws SQLException {
        boolean[] written = new boolean[group.size()];
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement save = connection.prepareStatement(SAVE)) {
                    for (Answer answer : group) {
                        save.setString(1, answer.response());
                        save.setObject(2, answer.at().atOffset(ZoneOffset.UTC));
                        save.setLong(3, answer.sheet().attemptId());
                        save.setInt(4, answer.asked().position());
                        save.setLong(5, answer.sheet().attemptId());
                        save.setObject(6, answer.at().atOffset(ZoneOffset.UTC));
                        save.addBatch();
                    }
                    int[] updated = save.executeBatch();
                    for (int i = 0; i < updated.length; i++) {
                        written[i] = updated[i] == 1;
                    }
                }
                List<StatementRows.Told> told = new ArrayList<>();
                for (int i = 0; i < group.size(); i++) {
                    if (written[i]) {
                        Answer answer = group.get(i);
                        AnswerSheet sheet = answer.sheet();
                        told.add(new StatementRows.Told(AttemptEvents.answered(sheet.accountId(), sheet.courseCode(),
                                sheet.language(), sheet.publicId(), answer.asked(), answer.response(), answer.at()),
                                sheet.actorName(), sheet.actorLanguage()));
                    }
                }
                statements.insert(connection, told);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return written;
    }
}
