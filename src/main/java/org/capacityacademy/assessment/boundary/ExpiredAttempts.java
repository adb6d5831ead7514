package org.capacityacademy.assessment.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submits, with the answers saved, every attempt whose time limit has passed although its
 * learner never came back: the limit holds even for an attempt nobody looks at. Each attempt
 * is submitted in its own transaction; submitting twice changes nothing, so two nodes doing it
 * at once are harmless.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiredAttempts {

    private static final Logger LOG = Logger.getLogger(ExpiredAttempts.class.getName());

    @Inject
    Attempts attempts;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void submitOverdue() {
        for (String attempt : attempts.overdue()) {
            try {
                attempts.submitOverdue(attempt);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Attempt " + attempt + " could not be submitted at its time limit; will retry", e);
            }
        }
    }
}
