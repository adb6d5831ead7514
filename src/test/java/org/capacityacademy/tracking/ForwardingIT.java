package org.capacityacademy.tracking;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.tracking.boundary.Forwarding;
import org.capacityacademy.tracking.boundary.LearningEvent;
import org.capacityacademy.tracking.boundary.LearningEvent.Activity;
import org.capacityacademy.tracking.boundary.LearningEvent.ActivityType;
import org.capacityacademy.tracking.boundary.LearningEvent.Result;
import org.capacityacademy.tracking.boundary.LearningEvent.Verb;
import org.capacityacademy.tracking.control.ForwardingQueue;
import org.capacityacademy.tracking.control.LrsClient;
import org.capacityacademy.tracking.entity.ForwardingProgress;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statements reach an external learning record store in the order they were stored, each once,
 * while learners are busy; while the store is down the queue waits, longer each time, and
 * nothing is lost. The store is a real HTTP endpoint, strict as a learning record store is.
 */
@ExtendWith(ArquillianExtension.class)
class ForwardingIT {

    static final int LEARNERS = 4;
    static final Duration BUSY = Duration.ofSeconds(8);
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("lrs-user:lrs-pass".getBytes(StandardCharsets.UTF_8));

    @Inject
    AccountService accounts;

    @Inject
    Event<LearningEvent> events;

    @Inject
    Forwarding forwarding;

    @Inject
    ForwardingQueue queue;

    @Inject
    UserTransaction transaction;

    @Resource
    ManagedExecutorService threads;

    /**
     * A learning record store that checks what it is sent: a POST of a JSON array of statements
     * with the version header and the credentials, each statement with a UUID and a stored time;
     * each id taken once; stored times never going back. Answers 200 with the ids it took, or the
     * status it is set to (and then takes nothing).
     */
    static final class CheckingStore implements AutoCloseable {
        final HttpServer server;
        final AtomicInteger status = new AtomicInteger(200);
        final AtomicInteger requests = new AtomicInteger();
        final List<JsonObject> taken = new CopyOnWriteArrayList<>();
        final List<String> problems = new CopyOnWriteArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private Instant newest = Instant.EPOCH;

        CheckingStore() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/lrs/statements", this::statements);
            server.start();
        }

        private synchronized void statements(HttpExchange exchange) throws IOException {
            requests.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int answer = status.get();
            JsonArrayBuilder took = Json.createArrayBuilder();
            if (!exchange.getRequestMethod().equals("POST") || !BASIC.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    || !"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))
                    || !exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/json")) {
                problems.add("request without method, credentials, version or type: " + exchange.getRequestHeaders().entrySet());
                answer = 400;
            } else if (answer == 200) {
                for (JsonValue value : Json.createReader(new StringReader(body)).readArray()) {
                    JsonObject statement = value.asJsonObject();
                    String id = statement.getString("id", "");
                    Instant stored = Instant.parse(statement.getString("stored"));
                    if (!id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")) {
                        problems.add("not a UUID: " + id);
                    } else if (!ids.add(id)) {
                        problems.add(id + " sent again after the store took it");
                    }
                    if (stored.isBefore(newest)) {
                        problems.add(id + " stored " + stored + " sent after one stored " + newest);
                    }
                    newest = stored;
                    taken.add(statement);
                    took.add(id);
                }
            }
            byte[] reply = (answer == 200 ? took.build().toString() : "{\"message\":\"unavailable\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        }

        String endpoint() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/lrs";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static Activity question(int number) {
        return new Activity(ActivityType.QUESTION, Activity.questionPath("gge-2013", "q-" + number), Map.of("en", "Q" + number), "choice");
    }

    /** Answers in transactions held open a little while, so that they commit in another order than they began; some roll back. */
    private int answerUntil(Instant end, UUID attempt, List<String> problems) {
        long account = accounts.register(TestAccounts.uniqueEmail("forwarded"), TestAccounts.PASSWORD,
                TestAccounts.profile("Busy Learner")).getId();
        Activity course = new Activity(ActivityType.COURSE, Activity.coursePath("gge-2013"), Map.of("en", "GGE"), null);
        int committed = 0;
        for (int turn = 0; Instant.now().isBefore(end); turn++) {
            try {
                transaction.begin();
                events.fire(new LearningEvent(account, Verb.ANSWERED, question(turn % 5), course,
                        new Result(BigDecimal.ONE, null, null, null, true, true, null, "a", attempt), Instant.now()));
                Thread.sleep(ThreadLocalRandom.current().nextInt(25));
                if (turn % 9 == 8) {
                    transaction.rollback();
                } else {
                    transaction.commit();
                    committed++;
                }
            } catch (Exception e) {
                problems.add(e.toString());
                return committed;
            }
        }
        return committed;
    }

    private static String registration(JsonObject statement) {
        JsonObject context = statement.getJsonObject("context");
        return context == null ? "" : context.getString("registration", "");
    }

    @Test
    void storeTakesEveryStatementOnceInStoredOrderWhileLearnersAnswerAndWaitsWhileItIsDown() throws Exception {
        // far enough ahead that no pause left by an earlier run of this test still holds
        Instant now = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        try (CheckingStore store = new CheckingStore()) {
            LrsClient client = new LrsClient(store.endpoint(), "lrs-user", "lrs-pass");
            List<String> problems = new CopyOnWriteArrayList<>();
            UUID first = UUID.randomUUID();
            events.fire(new LearningEvent(accounts.register(TestAccounts.uniqueEmail("forward"), TestAccounts.PASSWORD,
                    TestAccounts.profile("Forward Me")).getId(), Verb.PASSED, new Activity(ActivityType.ASSESSMENT,
                    Activity.quizPath("gge-2013", "final"), Map.of("en", "Final"), null), null,
                    new Result(null, null, null, null, true, true, null, null, first), Instant.now()));

            store.status.set(503);
            assertEquals(0, forwarding.forwardDue(client, now));
            ForwardingProgress waiting = queue.progress();
            assertEquals(1, waiting.getFailures());
            assertEquals(now.plus(Duration.ofSeconds(30)), waiting.getNextAttemptAt());
            int asked = store.requests.get();
            assertEquals(0, forwarding.forwardDue(client, now.plusSeconds(29)));
            assertEquals(asked, store.requests.get(), "the store is left alone while the queue waits");
            assertEquals(0, forwarding.forwardDue(client, now.plusSeconds(30)));
            assertEquals(now.plusSeconds(30).plus(Duration.ofSeconds(60)), queue.progress().getNextAttemptAt(), "then twice as long");

            store.status.set(200);
            Instant later = now.plus(Duration.ofHours(2));
            Instant end = Instant.now().plus(BUSY);
            List<UUID> attempts = new ArrayList<>();
            List<Future<Integer>> learners = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                UUID attempt = UUID.randomUUID();
                attempts.add(attempt);
                learners.add(threads.submit(() -> answerUntil(end, attempt, problems)));
            }
            AtomicBoolean stopped = new AtomicBoolean();
            Future<Integer> forwarder = threads.submit(() -> {
                int sent = 0;
                boolean last;
                do {
                    last = stopped.get();
                    sent += forwarding.forwardDue(client, later);
                } while (!last);
                return sent;
            });
            Map<UUID, Integer> committed = new java.util.HashMap<>();
            for (int i = 0; i < LEARNERS; i++) {
                committed.put(attempts.get(i), learners.get(i).get());
            }
            stopped.set(true);
            int sent = forwarder.get();
            for (int more = 1; more > 0; sent += more) {
                more = forwarding.forwardDue(client, later);
            }

            assertTrue(problems.isEmpty(), problems.toString());
            assertTrue(store.problems.isEmpty(), store.problems.toString());
            assertTrue(store.taken.stream().anyMatch(s -> registration(s).equals(first.toString())
                    && s.getJsonObject("verb").getString("id").endsWith("/passed")), "the statement that waited arrived");
            for (UUID attempt : attempts) {
                long arrived = store.taken.stream().filter(s -> registration(s).equals(attempt.toString())).count();
                assertTrue(committed.get(attempt) > 5, "the learner kept answering: " + committed.get(attempt));
                assertEquals(committed.get(attempt).longValue(), arrived, "every committed answer once, none rolled back");
            }
            JsonObject last = store.taken.get(store.taken.size() - 1);
            ForwardingProgress done = queue.progress();
            assertEquals(Instant.parse(last.getString("stored")), done.getForwardedStored(), "the queue stands after the last one taken");
            assertEquals(0, done.getFailures());
            assertNull(done.getNextAttemptAt());
            System.out.printf("forwarded %d statements (%d while %d learners answered) in %d requests%n",
                    store.taken.size(), sent, LEARNERS, store.requests.get());
        }
    }
}
