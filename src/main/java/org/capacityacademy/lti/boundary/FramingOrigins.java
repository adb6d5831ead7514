package org.capacityacademy.lti.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.capacityacademy.platform.boundary.SecurityHeaders;

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

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        context.setAttribute(SecurityHeaders.FRAMING_ORIGINS, this);
    }

    @Override
    public String get() {
        if (Instant.now().isAfter(readAt.plus(FRESH))) {
            try {
                origins = platforms.origins();
                readAt = Instant.now();
            } catch (RuntimeException e) {
                // the database is busy or down: the origins last read stay
            }
        }
        return origins;
    }

    /** Reads the origins again at the next request (a platform was registered or changed here). */
    public void refresh() {
        readAt = Instant.EPOCH;
    }
}
