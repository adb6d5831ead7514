package org.capacityacademy.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Leaves {@code bench.sessions} signed-in sessions on the server (default 1,000), each having
 * opened a lesson and a quiz's page, as that many learners studying at once would (five new
 * sessions a second: sign-in hashes each password on purpose, and this is not a sign-in test);
 * {@code deploy/benchmark.sh} then reads the server's resident memory. The sessions belong to
 * a hundred learners ({@code bench.accounts}), each signed in from many browsers: registering a
 * thousand people would measure password hashing, not sessions.
 */
public class SessionsSimulation extends Simulation {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 1000);
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 100);
    private static final List<String> EMAILS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicInteger OPENED = new AtomicInteger();

    private final ScenarioBuilder accounts = scenario("accounts").exec(Bench.newEnrolledLearner())
            .exec(Bench.startAttempt("attempt", "introduction"))
            .exec(session -> {
                EMAILS.add(session.getString("email"));
                return session;
            });

    private final ScenarioBuilder sessions = scenario("sessions")
            .exec(session -> session.set("email", EMAILS.get(NEXT.getAndIncrement() % EMAILS.size())))
            .exec(Bench.signIn("#{email}", Bench.PASSWORD))
            .exec(http("lesson page").get(Bench.LESSON).check(status().is(200)).check(regex("signed-in-as")))
            .exec(Bench.facesPage("quiz page", "/learning/quiz.xhtml?course=" + Bench.COURSE + "&quiz=introduction"))
            .exec(session -> {
                if (!session.isFailed()) {
                    OPENED.incrementAndGet();
                }
                return session;
            });

    /** Writes how many sessions were opened without an error, for the memory figure. */
    @Override
    public void after() {
        String file = System.getProperty("bench.sessionsOpened");
        if (file != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(file), OPENED.get() + "\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    {
        setUp(accounts.injectOpen(rampUsers(ACCOUNTS).during(Duration.ofSeconds(Math.max(1, ACCOUNTS / 5))))
                .andThen(sessions.injectOpen(rampUsers(SESSIONS).during(Duration.ofSeconds(Math.max(1, SESSIONS / 5))))))
                .protocols(Bench.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }
}
