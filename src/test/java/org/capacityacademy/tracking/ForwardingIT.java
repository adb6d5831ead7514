package org.capacityacademy.tracking;

import com.sun.net.httpserver.HttpServer;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.tracking.boundary.Forwarding;
import org.capacityacademy.tracking.boundary.LearningEvent;
import org.capacityacademy.tracking.boundary.LearningEvent.Activity;
import org.capacityacademy.tracking.boundary.LearningEvent.ActivityType;
import org.capacityacademy.tracking.boundary.LearningEvent.Result;
import org.capacityacademy.tracking.boundary.LearningEvent.Verb;
import org.capacityacademy.tracking.boundary.Statements;
import org.capacityacademy.tracking.control.ForwardingQueue;
import org.capacityacademy.tracking.control.LrsClient;
import org.capacityacademy.tracking.entity.Statement;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statements reach an external learning record store; while it is down they wait, longer each time, and nothing is lost. */
@ExtendWith(ArquillianExtension.class)
class ForwardingIT {

    @Inject
    AccountService accounts;

    @Inject
    Event<LearningEvent> events;

    @Inject
    Statements statements;

    @Inject
    Forwarding forwarding;

    @Inject
    ForwardingQueue queue;

    /** A learning record store that answers with the given status and remembers what it was sent. */
    static final class FakeStore implements AutoCloseable {
        final HttpServer server;
        final AtomicInteger status = new AtomicInteger(503);
        final List<String> bodies = new CopyOnWriteArrayList<>();
        final List<String> headers = new CopyOnWriteArrayList<>();

        FakeStore() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/lrs/statements", exchange -> {
                bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                headers.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                        + exchange.getRequestHeaders().getFirst("X-Experience-API-Version"));
                exchange.sendResponseHeaders(status.get(), -1);
                exchange.close();
            });
            server.start();
        }

        String endpoint() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/lrs";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void storeThatIsDownIsRetriedLaterAndThenReceivesTheStatement() throws Exception {
        long account = accounts.register(TestAccounts.uniqueEmail("forward"), TestAccounts.PASSWORD,
                TestAccounts.profile("Forward Me")).getId();
        UUID attempt = UUID.randomUUID();
        events.fire(new LearningEvent(account, Verb.PASSED, new Activity(ActivityType.ASSESSMENT,
                Activity.quizPath("gge-2013", "final"), Map.of("en", "Final"), null), null,
                new Result(null, null, null, null, true, true, null, null, attempt), Instant.now()));
        String id = jakarta.json.Json.createReader(new java.io.StringReader(statements.find(TrackingIT.query(
                "registration", attempt.toString())).statements().get(0))).readObject().getString("id");

        try (FakeStore store = new FakeStore()) {
            LrsClient client = new LrsClient(store.endpoint(), "lrs-user", "lrs-pass");
            Instant now = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            // other tests' statements wait too: each failed run postpones one batch, until ours had its turn
            for (int run = 0; run < 1000 && queue.find(id).orElseThrow().getForwardAttempts() == 0; run++) {
                assertEquals(0, forwarding.forwardDue(client, now));
            }
            Statement waiting = queue.find(id).orElseThrow();
            assertEquals(1, waiting.getForwardAttempts());
            assertEquals(now.plus(Duration.ofSeconds(30)), waiting.getNextAttemptAt());
            assertTrue(waiting.isPending());

            store.status.set(200);
            Instant later = now.plus(Duration.ofHours(2));
            for (int run = 0; run < 100 && queue.find(id).orElseThrow().isPending(); run++) {
                forwarding.forwardDue(client, later);
            }
            Statement forwarded = queue.find(id).orElseThrow();
            assertNotNull(forwarded.getForwardedAt());
            assertTrue(store.bodies.stream().anyMatch(body -> body.startsWith("[") && body.contains("\"id\":\"" + id + "\"")));
            String basic = "Basic " + Base64.getEncoder().encodeToString("lrs-user:lrs-pass".getBytes(StandardCharsets.UTF_8));
            assertTrue(store.headers.stream().allMatch(h -> h.equals(basic + " 1.0.3")), store.headers.toString());
        }
    }
}
