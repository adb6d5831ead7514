package org.capacityacademy.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The benchmark suite (issue 9): each path alone, at each number of concurrent users in turn
 * ({@code bench.users}, default 10 and 50), for {@code bench.seconds} each, every user sending
 * its next request as soon as the last one is answered:
 * <ul>
 *   <li>{@code static file}: the platform's versioned stylesheet, the server's ceiling;</li>
 *   <li>{@code catalogue}: the catalogue page, anonymous;</li>
 *   <li>{@code lesson page}: a lesson, signed in and enrolled;</li>
 *   <li>{@code save answer}: {@code PUT} of a quiz answer;</li>
 *   <li>{@code submit quiz}: submitting an attempt (each round also opens the quiz, starts an
 *       attempt and saves an answer, listed apart);</li>
 *   <li>{@code verification}: the public verification page of a record that exists;</li>
 *   <li>{@code admin report}: an administrators' report ({@code bench.reportUrl}), skipped with a
 *       note when the platform answers 404.</li>
 * </ul>
 * Before them one learner per concurrent user is registered, signed in, enrolled and given an
 * open attempt (group {@code setup}), and one "graduate" completes the course so that a record
 * exists, unless {@code bench.verifyCode} names one (e.g. from generated data). Request names
 * end in {@code @users}; {@code deploy/benchmark.sh} turns Gatling's statistics into the table.
 */
public class SpeedSimulation extends Simulation {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 5);
    private static final List<Integer> USERS = Arrays.stream(System.getProperty("bench.users", "10,50").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private static final String REPORT = System.getProperty("bench.reportUrl", "/admin/reports.xhtml?by=country");
    private static final String ADMIN_EMAIL = System.getProperty("bench.adminEmail", "bench-admin@example.org");
    private static final String ADMIN_PASSWORD = System.getProperty("bench.adminPassword", "Bench-admin-Passw0rd!");
    private static final String GIVEN_CODE = System.getProperty("bench.verifyCode", "");
    private static final String SUBMIT_QUIZ = "norms";   // another quiz than the answers' one, whose attempts stay open
    private static final String ANSWER_QUIZ = "introduction";

    /** What the setup found, for the measured steps (they run after it). */
    private static final List<Map<String, Object>> LEARNERS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger NEXT_LEARNER = new AtomicInteger();
    private static final Map<String, Long> STARTED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Long> ENDED = new java.util.concurrent.ConcurrentHashMap<>();
    /** The platform's processor time (seconds) when each step started and when its last round ended. */
    private static final Map<String, Double> CPU_STARTED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Double> CPU_ENDED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final AtomicReference<Boolean> REPORT_AVAILABLE = new AtomicReference<>(false);
    private static final AtomicReference<String> STATIC_FILE = new AtomicReference<>();
    private static final AtomicReference<String> CODE = new AtomicReference<>(GIVEN_CODE.isBlank() ? null : GIVEN_CODE);
    private static final AtomicReference<String> ADMIN_COOKIE = new AtomicReference<>();

    /** The one who prepares: finds the static file, earns a record, signs the administrator in, tries the report. */
    private final ScenarioBuilder prepare = scenario("prepare").exec(group("setup").on(
            exec(http("stylesheet address").get("/catalog/courses.xhtml")
                    .check(css("link[rel='stylesheet'][href*='academy.css']", "href").saveAs("stylesheet")))
                    .exec(session -> {
                        STATIC_FILE.set(session.getString("stylesheet"));
                        return session;
                    })
                    .doIf(session -> CODE.get() == null).then(graduate())
                    .exec(flushCookieJar())   // the graduate signs out: a new browser for the administrator
                    .exec(Bench.signIn(ADMIN_EMAIL, ADMIN_PASSWORD))
                    .exec(session -> {
                        ADMIN_COOKIE.set(session.getString(Bench.SESSION_COOKIE));
                        return session;
                    })
                    .exec(http("admin report (probe)").get(REPORT).check(status().saveAs("reportStatus")).check(status().in(200, 404)))
                    .exec(session -> {
                        int status = session.getInt("reportStatus");
                        Bench.note(status == 200 ? "admin report: " + REPORT
                                : "admin report: skipped, " + REPORT + " answered " + status
                                + (status == 404 ? " (no such page yet; set BENCH_REPORT_URL to a report page)" : ""));
                        Bench.note("verification: /verify/" + CODE.get() + (GIVEN_CODE.isBlank() ? " (the graduate's record)" : " (given)"));
                        Bench.note("static file: " + STATIC_FILE.get());
                        REPORT_AVAILABLE.set(session.getInt("reportStatus") == 200);
                        return session;
                    })));

    /** Completes every lesson of the course and reads the code of the record that completion issues. */
    private static ChainBuilder graduate() {
        return exec(Bench.newEnrolledLearner())
                .exec(http("course page").get("/catalog/course.xhtml?code=" + Bench.COURSE)
                        .check(css("ol.lessons a[href*='lesson.xhtml']", "href").findAll().saveAs("lessons")))
                .foreach("#{lessons}", "lesson").on(
                        exec(session -> session.remove("completeUrl"))
                                .exec(http("lesson (graduate)").get("#{lesson}")
                                        .check(css("#lesson-end", "data-complete-url").optional().saveAs("completeUrl")))
                                .doIf(session -> session.contains("completeUrl")).then(
                                        exec(http("complete lesson").put("#{completeUrl}").check(status().is(204)))))
                .exec(http("my records").get("/credential/my-records.xhtml")
                        .check(css(".record-card .code").optional().saveAs("code")))
                .exec(session -> {
                    if (session.contains("code")) {
                        CODE.set(session.getString("code"));
                    }
                    return session;
                });
    }

    /** One learner per concurrent user, with an open attempt at the answers' quiz. */
    private final ScenarioBuilder learners = scenario("learners").exec(group("setup").on(
            exec(Bench.newEnrolledLearner())
                    .exec(Bench.startAttempt("answers' attempt", ANSWER_QUIZ))
                    .exec(session -> {
                        if (!session.isFailed()) {   // a learner whose setup failed is not used (the setup's errors are reported)
                            LEARNERS.add(Map.of("cookie", session.getString(Bench.SESSION_COOKIE),
                                    "attempt", session.getString("attempt"), "question", session.getString("question"),
                                    "answer", session.getString("answer")));
                        }
                        return session;
                    })));

    /** Becomes one of the prepared learners: their session cookie and open attempt. */
    private static ChainBuilder asLearner() {
        return exec(session -> {
            Map<String, Object> learner = LEARNERS.get(NEXT_LEARNER.getAndIncrement() % LEARNERS.size());   // runs only when there are learners
            Session result = session;
            for (Map.Entry<String, Object> value : learner.entrySet()) {
                result = result.set(value.getKey(), value.getValue());
            }
            return result;
        }).exec(addCookie(Cookie(Bench.SESSION_COOKIE, "#{cookie}").withPath("/")));
    }

    private static ChainBuilder asAdministrator() {
        return exec(session -> session.set("cookie", ADMIN_COOKIE.get()))
                .exec(addCookie(Cookie(Bench.SESSION_COOKIE, "#{cookie}").withPath("/")));
    }

    /** A measured step: {@code users} users at once, each repeating {@code round} for the step's seconds. */
    private static PopulationBuilder step(String path, int users, ChainBuilder before, Function<String, ChainBuilder> round,
                                          Function<Session, Boolean> runs) {
        String name = path + " @" + users;
        // each round ends (exitASAP false): a quiz is submitted even when its round outlasts the step
        return scenario(name).exec(doIf(runs).then(exec(before)
                        .exec(session -> {
                            if (STARTED.putIfAbsent(name, System.nanoTime()) == null) {
                                CPU_STARTED.put(name, Bench.serverCpuSeconds());
                            }
                            return session;
                        })
                        .during(Duration.ofSeconds(SECONDS), false).on(round.apply(name))
                        .exec(session -> {
                            ENDED.merge(name, System.nanoTime(), Math::max);
                            CPU_ENDED.merge(name, Bench.serverCpuSeconds(), Math::max);
                            return session;
                        })))
                .injectOpen(atOnceUsers(users));
    }

    /** Writes how long each step really lasted (its last round ends after the step's seconds), for the requests per second. */
    @Override
    public void after() {
        String file = System.getProperty("bench.durations");
        if (file == null) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        STARTED.forEach((name, start) -> lines.append(name).append('\t')
                .append(String.format(java.util.Locale.ROOT, "%.3f", (ENDED.getOrDefault(name, start) - start) / 1e9)).append('\t')
                .append(String.format(java.util.Locale.ROOT, "%.2f",
                        CPU_ENDED.getOrDefault(name, 0.0) - CPU_STARTED.getOrDefault(name, 0.0))).append('\n'));
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<PopulationBuilder> steps(int users) {
        Function<Session, Boolean> always = session -> true;
        Function<Session, Boolean> withLearners = session -> !LEARNERS.isEmpty();
        ChainBuilder nothing = exec(session -> session);
        List<PopulationBuilder> steps = new ArrayList<>();
        steps.add(step("static file", users, nothing, name -> exec(http(name).get(session -> STATIC_FILE.get())
                .check(status().is(200))), always));
        steps.add(step("catalogue", users, nothing, name -> exec(http(name).get("/catalog/courses.xhtml")
                .check(status().is(200)).check(regex("gge-2013"))), always));
        steps.add(step("course page", users, nothing, name -> exec(http(name).get("/catalog/course.xhtml?code=" + Bench.COURSE)
                .check(status().is(200)).check(regex("lesson.xhtml"))), always));
        steps.add(step("lesson (visitor)", users, nothing, name -> exec(http(name).get(Bench.LESSON)
                .check(status().is(200)).check(regex("id=\"para-16\""))), always));
        steps.add(step("lesson page", users, asLearner(), name -> exec(http(name).get(Bench.LESSON)
                .check(status().is(200)).check(regex("id=\"para-16\"")).check(regex("signed-in-as"))), withLearners));
        steps.add(step("save answer", users, asLearner(), name -> exec(http(name)
                .put("/api/attempts/#{attempt}/answers/#{question}").header("Content-Type", "application/json")
                .body(StringBody(Bench.answerBody())).check(status().is(200)).check(regex("\"saved\""))), withLearners));
        steps.add(step("submit quiz", users, asLearner(), name -> exec(Bench.startAttempt(name, SUBMIT_QUIZ))
                .exec(http(name + " (answer)").put("/api/attempts/#{attempt}/answers/#{question}")
                        .header("Content-Type", "application/json").body(StringBody(Bench.answerBody())).check(status().is(200)))
                .exec(http(name).post("/learning/attempt.xhtml?id=#{attempt}")
                        .formParam("attempt", "attempt").formParam("attempt:submit", "Submit")
                        .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                        .disableFollowRedirect().check(status().is(302))
                        .check(header("Location").transform(location -> location.contains("review.xhtml")).is(true))),
                withLearners));
        steps.add(step("verification", users, nothing, name -> exec(http(name).get(session -> "/verify/" + CODE.get())
                .check(status().is(200)).check(css("[data-status='valid']").exists())),
                session -> CODE.get() != null));
        steps.add(step("admin report", users, asAdministrator(), name -> exec(http(name).get(REPORT)
                .check(status().is(200))), session -> REPORT_AVAILABLE.get()));
        return steps;
    }

    {
        List<PopulationBuilder> measured = new ArrayList<>();
        for (int users : USERS) {
            measured.addAll(steps(users));
        }
        PopulationBuilder chain = measured.get(measured.size() - 1);
        for (int i = measured.size() - 2; i >= 0; i--) {
            chain = measured.get(i).andThen(chain);
        }
        int mostUsers = USERS.stream().max(Integer::compare).orElse(50);
        setUp(prepare.injectOpen(atOnceUsers(1))
                .andThen(learners.injectOpen(rampUsers(mostUsers).during(Duration.ofSeconds(5))).andThen(chain)))
                .protocols(Bench.protocol())
                .assertions(details("setup").failedRequests().count().is(0L));
    }
}
