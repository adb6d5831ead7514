package org.capacityacademy.assessment.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.capacityacademy.platform.boundary.ClusterJobs;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submits, with the answers saved, every attempt whose time limit has passed although its
 * learner never came back: the limit holds even for an attempt nobody looks at. Each attempt
 * is submitted in its own transaction; submitting twice changes nothing. In a cluster the sweep
 * runs on the node holding its lease only (the others' timers return at once); should a sweep
 * outlast the lease and a second node start one, the attempt's lock still makes it count once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiredAttempts {

    private static final Logger LOG = Logger.getLogger(ExpiredAttempts.class.getName());

    static final String JOB = "expired-attempts";

    /** Three periods: a holder that dies is replaced within 45 s. */
    private static final Duration LEASE = Duration.ofSeconds(45);

    @Inject
    Attempts attempts;

    @Inject
    ClusterJobs cluster;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void submitOverdue() {
        if (!cluster.mayRun(JOB, LEASE)) {
            return;
        }
        for (String attempt : attempts.overdue()) {
            try {
                attempts.submitOverdue(attempt);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Attempt " + attempt + " could not be submitted at its time limit; will retry", e);
            }
        }
    }
}
