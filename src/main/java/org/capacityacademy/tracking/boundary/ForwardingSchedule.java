package org.capacityacademy.tracking.boundary;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.capacityacademy.platform.boundary.ClusterJobs;
import org.capacityacademy.tracking.control.LrsClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every 30 seconds, forwards pending statements to the learning record store configured by
 * {@code xapi.forward.endpoint} (with {@code xapi.forward.username} and {@code xapi.forward.password});
 * without an endpoint, nothing is forwarded. A run still going when the next is due is not doubled,
 * and in a cluster only the node holding the job's lease forwards (a statement sent twice would
 * be stored once by the store, but would cost a request). Every node also stores, each run,
 * any statement still waiting for its stored time (one whose node died right after its commit).
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ForwardingSchedule {

    static final String JOB = "xapi-forwarding";

    /** Three periods: a holder that dies is replaced within 90 s. */
    private static final Duration LEASE = Duration.ofSeconds(90);

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    ClusterJobs cluster;

    @Inject
    Forwarding forwarding;

    @Inject
    StoredTimes storedTimes;

    @Inject
    @ConfigProperty(name = "xapi.forward.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "xapi.forward.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "xapi.forward.password")
    Optional<String> password;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "xAPI forwarding")
    public void forwardPending() {
        try {
            storedTimes.storeWaiting();
        } catch (RuntimeException e) {
            // the next run, reader or recording stores it
        }
        if (endpoint.filter(e -> !e.isBlank()).isEmpty() || !cluster.mayRun(JOB, LEASE)
                || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            forwarding.forwardDue(new LrsClient(endpoint.get().strip(), username.orElse(null), password.orElse(null)),
                    clock.instant());
        } finally {
            running.set(false);
        }
    }
}
