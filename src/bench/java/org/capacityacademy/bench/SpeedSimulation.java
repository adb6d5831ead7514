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
import static io.gatling.javaapi.core.CoreDsl.bodyString;
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
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;


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
    /** Each path runs this long at 10 users before anything is measured (the JIT compiles what the steps use; not in the table). */
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmUp", 5);
    /** The number of users of the whole-attempt step (one, not each of bench.users: an attempt is 28 requests). */
    private static final int ATTEMPT_USERS = Integer.getInteger("bench.attemptUsers", 10);
    private static final String FINAL = "final";
    private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern.compile(
            "<fieldset class=\"question\" id=\"question-\\d+\" data-position=\"(\\d+)\" data-type=\"([a-z-]+)\">");
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
    private static PopulationBuilder step(String name, int users, int seconds, ChainBuilder before, Function<String, ChainBuilder> round,
                                          Function<Session, Boolean> runs) {
        // each round ends (exitASAP false): a quiz is submitted even when its round outlasts the step
        return scenario(name).exec(doIf(runs).then(exec(before)
                        .exec(session -> {
                            if (STARTED.putIfAbsent(name, System.nanoTime()) == null) {
                                CPU_STARTED.put(name, Bench.serverCpuSeconds());
                            }
                            return session;
                        })
                        .during(Duration.ofSeconds(seconds), false).on(round.apply(name))
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

    /**
     * A whole attempt at the final assessment, as a learner makes it: the quiz page, start, an
     * answer to every question (as each question's type takes it), submit, the review.
     */
    private static ChainBuilder wholeAttempt(String name) {
        String page = "/learning/quiz.xhtml?course=" + Bench.COURSE + "&quiz=" + FINAL;
        return exec(Bench.facesPage(name + " (quiz page)", page))
                .exec(http(name + " (start)").post(page)
                        .formParam("start", "start").formParam("start:submit", "Start")
                        .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                        .check(currentLocationRegex("id=([0-9a-f-]{36})").saveAs("attempt"))
                        .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                        .check(css("input[name='primefaces.nonce']", "value").saveAs("nonce"))
                        .check(bodyString().saveAs("attemptPage")))
                .exec(session -> session.set("answers", answersFor(session.getString("attemptPage"))).remove("attemptPage"))
                .foreach("#{answers}", "answer").on(exec(session -> {
                    Map<String, String> answer = session.get("answer");
                    return session.set("question", answer.get("position")).set("value", answer.get("value"));
                }).exec(http(name + " (answer)").put("/api/attempts/#{attempt}/answers/#{question}")
                        .header("Content-Type", "application/json").body(StringBody("{\"answer\":\"#{value}\"}"))
                        .check(status().is(200)).check(regex("\"saved\""))))
                .exec(http(name).post("/learning/attempt.xhtml?id=#{attempt}")
                        .formParam("attempt", "attempt").formParam("attempt:submit", "Submit")
                        .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                        .disableFollowRedirect().check(status().is(302)).check(header("Location").saveAs("review")))
                .exec(http(name + " (review)").get("#{review}").check(status().is(200)));
    }

    /** An answer for each question of an attempt page that the question's type takes (the first option, or true, or a word). */
    static List<Map<String, String>> answersFor(String attemptPage) {
        List<Map<String, String>> answers = new ArrayList<>();
        java.util.regex.Matcher question = QUESTION.matcher(attemptPage);
        List<int[]> starts = new ArrayList<>();
        List<String[]> found = new ArrayList<>();
        while (question.find()) {
            starts.add(new int[] {question.start()});
            found.add(new String[] {question.group(1), question.group(2)});
        }
        for (int i = 0; i < found.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : attemptPage.length();
            String fieldset = attemptPage.substring(starts.get(i)[0], end);
            String value = switch (found.get(i)[1]) {
                case "true-false" -> "true";
                case "short-answer" -> "norms";
                case "matching" -> String.join(",", java.util.Collections.nCopies(Math.max(1, fieldset.split("<select", -1).length - 1), "0"));
                default -> "0";
            };
            answers.add(Map.of("position", found.get(i)[0], "value", value));
        }
        return answers;
    }

    private static List<PopulationBuilder> steps(int users) {
        return steps(users, "", SECONDS);
    }

    private static List<PopulationBuilder> steps(int users, String prefix, int seconds) {
        Function<Session, Boolean> always = session -> true;
        Function<Session, Boolean> withLearners = session -> !LEARNERS.isEmpty();
        ChainBuilder nothing = exec(session -> session);
        List<PopulationBuilder> steps = new ArrayList<>();
        steps.add(step(prefix + "static file @" + users, users, seconds, nothing, name -> exec(http(name).get(session -> STATIC_FILE.get())
                .check(status().is(200))), always));
        steps.add(step(prefix + "catalogue @" + users, users, seconds, nothing, name -> exec(http(name).get("/catalog/courses.xhtml")
                .check(status().is(200)).check(regex("gge-2013"))), always));
        steps.add(step(prefix + "course page @" + users, users, seconds, nothing, name -> exec(http(name).get("/catalog/course.xhtml?code=" + Bench.COURSE)
                .check(status().is(200)).check(regex("lesson.xhtml"))), always));
        steps.add(step(prefix + "lesson (visitor) @" + users, users, seconds, nothing, name -> exec(http(name).get(Bench.LESSON)
                .check(status().is(200)).check(regex("id=\"para-16\""))), always));
        steps.add(step(prefix + "lesson page @" + users, users, seconds, asLearner(), name -> exec(http(name).get(Bench.LESSON)
                .check(status().is(200)).check(regex("id=\"para-16\"")).check(regex("signed-in-as"))), withLearners));
        steps.add(step(prefix + "save answer @" + users, users, seconds, asLearner(), name -> exec(http(name)
                .put("/api/attempts/#{attempt}/answers/#{question}").header("Content-Type", "application/json")
                .body(StringBody(Bench.answerBody())).check(status().is(200)).check(regex("\"saved\""))), withLearners));
        steps.add(step(prefix + "submit quiz @" + users, users, seconds, asLearner(), name -> exec(Bench.startAttempt(name, SUBMIT_QUIZ))
                .exec(http(name + " (answer)").put("/api/attempts/#{attempt}/answers/#{question}")
                        .header("Content-Type", "application/json").body(StringBody(Bench.answerBody())).check(status().is(200)))
                .exec(http(name).post("/learning/attempt.xhtml?id=#{attempt}")
                        .formParam("attempt", "attempt").formParam("attempt:submit", "Submit")
                        .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                        .disableFollowRedirect().check(status().is(302))
                        .check(header("Location").transform(location -> location.contains("review.xhtml")).is(true))),
                withLearners));
        steps.add(step(prefix + "verification @" + users, users, seconds, nothing, name -> exec(http(name).get(session -> "/verify/" + CODE.get())
                .check(status().is(200)).check(css("[data-status='valid']").exists())),
                session -> CODE.get() != null));
        steps.add(step(prefix + "admin report @" + users, users, seconds, asAdministrator(), name -> exec(http(name).get(REPORT)
                .check(status().is(200))), session -> REPORT_AVAILABLE.get()));
        return steps;
    }

    /** Every path once at 10 users for {@link #WARM_UP_SECONDS}, named "warm-up: ...": compiled before measured. */
    private static List<PopulationBuilder> warmUp() {
        List<PopulationBuilder> warm = new ArrayList<>();
        for (PopulationBuilder step : steps(10, "warm-up: ", WARM_UP_SECONDS)) {
            warm.add(step);
        }
        return warm;
    }

    {
        List<PopulationBuilder> measured = new ArrayList<>(WARM_UP_SECONDS > 0 ? warmUp() : List.of());
        for (int users : USERS) {
            measured.addAll(steps(users));
        }
        measured.add(step("whole attempt @" + ATTEMPT_USERS, ATTEMPT_USERS, SECONDS, asLearner(), SpeedSimulation::wholeAttempt,
                session -> !LEARNERS.isEmpty()));
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
