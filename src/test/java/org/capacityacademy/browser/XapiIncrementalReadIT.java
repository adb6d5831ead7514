package org.capacityacademy.browser;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.capacityacademy.browser.XapiStatementsIT.encode;
import static org.capacityacademy.browser.XapiStatementsIT.json;
import static org.capacityacademy.browser.XapiStatementsIT.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learning record store reading the platform incrementally, as its operators are told to in
 * the README, while learners are busy: every statement must arrive exactly once and in the
 * order of its {@code stored} time, whether the store continues from the last {@code stored}
 * it saw or from the previous answer's {@code X-Experience-API-Consistent-Through}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiIncrementalReadIT {

    static final int LEARNERS = 4;
    static final Duration LOAD = Duration.ofSeconds(32);
    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

    @ArquillianResource
    URL base;

    /** One store's reader: rounds of {@code since=…&ascending=true}, each following {@code more} to the end. */
    static final class Poller {
        final URL base;
        final boolean byConsistentThrough;
        final List<String> ids = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        String since;
        Instant newest = Instant.EPOCH;
        int rounds;
        int requests;

        Poller(URL base, String since, boolean byConsistentThrough) {
            this.base = base;
            this.since = since;
            this.byConsistentThrough = byConsistentThrough;
        }

        /** Polls until the learners have stopped, then once more: what was stored meanwhile must be read too. */
        Poller pollUntil(AtomicBoolean stopped) throws Exception {
            boolean last;
            do {
                last = stopped.get();
                round();
            } while (!last);
            return this;
        }

        private void round() throws Exception {
            String path = "/xapi/statements?ascending=true&limit=25&since=" + encode(since);
            String consistent = null;
            while (path != null) {
                HttpResponse<String> page = read(base, path);
                requests++;
                if (page.statusCode() != 200) {
                    problems.add(path + " answered " + page.statusCode() + ": " + page.body());
                    return;
                }
                consistent = page.headers().firstValue(CONSISTENT_THROUGH).orElseThrow();
                JsonObject result = json(page);
                for (JsonValue value : result.getJsonArray("statements")) {
                    JsonObject statement = value.asJsonObject();
                    Instant stored = Instant.parse(statement.getString("stored"));
                    if (!stored.isAfter(newest)) {
                        problems.add(statement.getString("id") + " stored " + stored + " arrived after one stored " + newest);
                    }
                    newest = stored;
                    ids.add(statement.getString("id"));
                    if (!byConsistentThrough) {
                        since = statement.getString("stored");
                    }
                }
                path = result.getString("more").isEmpty() ? null : result.getString("more");
            }
            if (byConsistentThrough) {
                since = consistent;
            }
            rounds++;
        }
    }

    @Test
    void storeReadingSinceWhileLearnersAnswerGetsEveryStatementExactlyOnceInStoredOrder() throws Exception {
        String start = read(base, "/xapi/statements?limit=1").headers().firstValue(CONSISTENT_THROUGH).orElseThrow();
        ExecutorService threads = Executors.newFixedThreadPool(LEARNERS + 2);
        try {
            List<HttpLearner> learners = new ArrayList<>();
            Set<String> registrations = new HashSet<>();
            for (int i = 0; i < LEARNERS; i++) {
                HttpLearner learner = new HttpLearner(base);
                registrations.add(learner.startQuiz("gge-2013", "introduction"));
                learners.add(learner);
            }
            AtomicBoolean stopped = new AtomicBoolean();
            Future<Poller> byStored = threads.submit(() -> new Poller(base, start, false).pollUntil(stopped));
            Future<Poller> byConsistentThrough = threads.submit(() -> new Poller(base, start, true).pollUntil(stopped));
            Instant end = Instant.now().plus(LOAD);
            List<Future<Integer>> saving = new ArrayList<>();
            for (HttpLearner learner : learners) {
                saving.add(threads.submit(() -> {
                    int confirmed = 0;
                    for (int turn = 0; Instant.now().isBefore(end); turn++) {
                        confirmed += learner.answer(turn) ? 1 : 0;
                    }
                    return confirmed;
                }));
            }
            int confirmed = 0;
            for (Future<Integer> learner : saving) {
                confirmed += learner.get();
            }
            stopped.set(true);

            // everything stored since the start, read afterwards in one go: what each store must have
            Poller afterwards = new Poller(base, start, false);
            afterwards.round();
            List<String> stored = afterwards.ids;
            assertTrue(afterwards.problems.isEmpty(), afterwards.problems.toString());
            for (Future<Poller> reader : List.of(byStored, byConsistentThrough)) {
                Poller poller = reader.get();
                String name = poller.byConsistentThrough ? "since=<Consistent-Through>" : "since=<last stored>";
                System.out.printf("%s: %d rounds, %d requests, %d statements%n", name, poller.rounds, poller.requests,
                        poller.ids.size());
                assertTrue(poller.problems.isEmpty(), name + ": " + poller.problems);
                assertTrue(poller.rounds >= 10, name + " polled while the learners answered: " + poller.rounds + " rounds");
                assertEquals(stored.size(), new HashSet<>(poller.ids).size(), name + ": every statement");
                assertEquals(stored, poller.ids, name + ": every statement exactly once, in stored order");
            }

            long answered = 0;
            JsonObject page;
            String path = "/xapi/statements?ascending=true&verb=" + encode("http://adlnet.gov/expapi/verbs/answered")
                    + "&since=" + encode(start);
            while (path != null) {
                page = json(read(base, path));
                for (JsonValue value : page.getJsonArray("statements")) {
                    JsonObject context = value.asJsonObject().getJsonObject("context");
                    if (context != null && registrations.contains(context.getString("registration", ""))) {
                        answered++;
                    }
                }
                path = page.getString("more").isEmpty() ? null : page.getString("more");
            }
            System.out.printf("%d learners saved %d answers in %d s; %d statements stored since %s%n", LEARNERS,
                    confirmed, LOAD.toSeconds(), stored.size(), start);
            assertTrue(confirmed > LEARNERS * 5, "the learners kept saving: " + confirmed);
            assertEquals(confirmed, answered, "an answered statement for each answer the server confirmed");
        } finally {
            threads.shutdownNow();
        }
    }
}
