package org.capacityacademy.lti.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Tells the security headers which origins may frame the LTI addresses (login, launch and their
 * refusals): the registered platforms', read again at most every 30 seconds (a platform registered
 * on another node is framable here within that time).
 */
@ApplicationScoped
public class FramingOrigins implements Supplier<String> {

    private static final Duration FRESH = Duration.ofSeconds(30);

    @Inject
    Platforms platforms;

    private volatile String origins = "";
    private volatile Instant readAt = Instant.EPOCH;

    @Override
    public String get() {
        if (Instant.now().isAfter(readAt.plus(FRESH))) {
            try {
                origins = platforms.origins();
                readAt = Instant.now();
            } catch (RuntimeException e) {
                // the database is busy or down: the origins last read stay
                java.util.logging.Logger.getLogger(FramingOrigins.class.getName()).log(java.util.logging.Level.WARNING,
                        "registered platforms not read", e);
            }
        }
        return origins;
    }

    /** Reads the origins again at the next request: a platform was registered or changed here, and it is committed. */
    void refresh(@Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) Platforms.PlatformsChanged changed) {
        readAt = Instant.EPOCH;
    }
}
