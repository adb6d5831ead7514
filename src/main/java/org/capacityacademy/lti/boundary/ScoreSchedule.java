package org.capacityacademy.lti.boundary;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.capacityacademy.platform.boundary.ClusterJobs;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 30 seconds, sends the scores due to the platforms (those never sent, and those whose wait
 * after a refusal is over) and forgets logins a day old. Only the node holding the job's lease sends,
 * and a run still going when the next is due is not doubled. The outbox is in the database, so a
 * restart loses nothing.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScoreSchedule {

    static final String JOB = "lti-scores";
    private static final Duration LEASE = Duration.ofSeconds(90);
    private static final Logger LOG = Logger.getLogger(ScoreSchedule.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    ClusterJobs cluster;

    @Inject
    Scores scores;

    @Inject
    Launches launches;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "LTI scores")
    public void sendDue() {
        if (!cluster.mayRun(JOB, LEASE) || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            scores.sendDue(Instant.now());
            launches.forgetOldLogins();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "LTI scores not sent this time", e);
        } finally {
            running.set(false);
        }
    }
}
