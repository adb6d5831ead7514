package org.capacityacademy.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The learner's hot paths under load: reading a lesson page while signed in, and saving a
 * quiz answer. Each virtual learner registers, signs in, enrols and starts the module quiz
 * (the "setup" group), then for {@code bench.seconds} reads lessons and saves answers as
 * fast as the server lets it. {@code bench.users} learners at once (default 50).
 * Run by {@code deploy/benchmark.sh}, which starts a platform of its own.
 */
public class HotPathsSimulation extends Simulation {

    private static final String BASE = System.getProperty("bench.url", "http://127.0.0.1:8181");
    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final String PASSWORD = "bench horse battery staple";

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/json").acceptLanguageHeader("en")
            .acceptEncodingHeader("gzip").disableCaching();

    /** Posts the Faces form of the page just loaded, with its view state and CSP nonce. */
    private static ChainBuilder faces(String name, String page, String form, String... fields) {
        var post = http(name + " (post)").post(page)
                .formParam(form, form)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}");
        for (int i = 0; i < fields.length; i += 2) {
            post = post.formParam(fields[i], fields[i + 1]);
        }
        return exec(http(name).get(page)
                .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                .check(css("input[name='primefaces.nonce']", "value").saveAs("nonce")))
                .exec(post);
    }

    private final ChainBuilder setup = group("setup").on(
            exec(session -> session.set("email", "bench-" + UUID.randomUUID() + "@example.org"))
                    .exec(faces("register", "/account/register.xhtml", "register",
                            "register:email", "#{email}", "register:password", PASSWORD,
                            "register:confirmation", PASSWORD, "register:fullName", "Bench Learner",
                            "register:country", "KE", "register:organisation", "Ministry of ICT",
                            "register:organisationType", "GOVERNMENT", "register:jobTitle", "Analyst",
                            "register:language", "en", "register:submit", "Register"))
                    .exec(faces("sign in", "/sign-in.xhtml", "sign-in",
                            "sign-in:email", "#{email}", "sign-in:password", PASSWORD, "sign-in:submit", "Sign in"))
                    .exec(faces("enrol", "/catalog/course.xhtml?code=gge-2013", "enrol", "enrol:submit", "Enrol"))
                    .exec(http("quiz page").get("/learning/quiz.xhtml?course=gge-2013&quiz=introduction")
                            .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                            .check(css("input[name='primefaces.nonce']", "value").saveAs("nonce")))
                    .exec(http("start attempt").post("/learning/quiz.xhtml?course=gge-2013&quiz=introduction")
                            .formParam("start", "start").formParam("start:submit", "Start")
                            .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                            .check(currentLocationRegex("id=([0-9a-f-]{36})").saveAs("attempt"))
                            .check(css("fieldset[data-type='true-false']", "data-position").saveAs("question"))));

    private final ScenarioBuilder warmUp = scenario("warm-up").exec(setup);

    private final ScenarioBuilder learners = scenario("learners").exec(setup)
            .during(Duration.ofSeconds(SECONDS)).on(
                    exec(http("lesson page").get("/catalog/lesson.xhtml?course=gge-2013&lesson=norms-international-law")
                            .check(status().is(200)).check(regex("id=\"para-16\"")))
                            .exec(http("save answer").put("/api/attempts/#{attempt}/answers/#{question}")
                                    .header("Content-Type", "application/json")
                                    .body(StringBody("{\"answer\":\"true\"}"))
                                    .check(status().is(200)).check(regex("\"saved\""))));

    {
        // one learner first, so that the pages are compiled before the crowd arrives (see the closing note of issue 4)
        setUp(warmUp.injectOpen(atOnceUsers(Boolean.parseBoolean(System.getProperty("bench.warmUp", "true")) ? 1 : 0)).andThen(
                learners.injectOpen(nothingFor(Duration.ofSeconds(1)),
                        constantUsersPerSec(USERS / 5.0).during(Duration.ofSeconds(5)))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

}
