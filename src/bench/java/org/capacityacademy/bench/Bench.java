package org.capacityacademy.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * What the simulations share: the settings {@code deploy/benchmark.sh} passes as system
 * properties, the HTTP protocol, and the steps of a learner (register, sign in, enrol, start a
 * quiz attempt) written as a person's browser would send them.
 */
final class Bench {

    static final String BASE = System.getProperty("bench.url", "http://127.0.0.1:8181");
    static final String PASSWORD = "bench horse battery staple";
    static final String SESSION_COOKIE = "ACADEMY_SESSION";
    static final String COURSE = "gge-2013";
    static final String LESSON = "/catalog/lesson.xhtml?course=gge-2013&lesson=norms-international-law";

    private Bench() {
    }

    static HttpProtocolBuilder protocol() {
        // no cache: every request reaches the server, as each new reader's would
        return http.baseUrl(BASE).acceptHeader("text/html,application/json").acceptLanguageHeader("en")
                .acceptEncodingHeader("gzip").disableCaching();
    }

    /** Opens a Faces page and keeps its view state and script nonce for the form posted next. */
    static ChainBuilder facesPage(String name, String page) {
        return exec(http(name).get(page)
                .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                .check(css("input[name='primefaces.nonce']", "value").saveAs("nonce")));
    }

    /** Opens a Faces page and posts its form {@code form} with the given fields. */
    static ChainBuilder faces(String name, String page, String form, String... fields) {
        var post = http(name + " (post)").post(page)
                .formParam(form, form)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}");
        for (int i = 0; i < fields.length; i += 2) {
            post = post.formParam(fields[i], fields[i + 1]);
        }
        return facesPage(name, page).exec(post);
    }

    /** A new learner, signed in (the session cookie in {@link #SESSION_COOKIE}) and enrolled in the course. */
    static ChainBuilder newEnrolledLearner() {
        return exec(session -> session.set("email", "bench-" + UUID.randomUUID() + "@example.org"))
                .exec(faces("register", "/account/register.xhtml", "register",
                        "register:email", "#{email}", "register:password", PASSWORD,
                        "register:confirmation", PASSWORD, "register:fullName", "Bench Learner",
                        "register:country", "KE", "register:organisation", "Ministry of ICT",
                        "register:organisationType", "GOVERNMENT", "register:jobTitle", "Analyst",
                        "register:language", "en", "register:submit", "Register"))
                .exec(signIn("#{email}", PASSWORD))
                .exec(faces("enrol", "/catalog/course.xhtml?code=" + COURSE, "enrol", "enrol:submit", "Enrol"));
    }

    static ChainBuilder signIn(String email, String password) {
        return exec(faces("sign in", "/sign-in.xhtml", "sign-in",
                "sign-in:email", email, "sign-in:password", password, "sign-in:submit", "Sign in")
                .exec(http("signed in").get("/").check(css(".signed-in-as").exists())))
                .exec(getCookieValue(CookieKey(SESSION_COOKIE)));
    }

    /**
     * Starts an attempt at a module quiz (its id in {@code attempt}) and finds a question that
     * takes a simple answer: its position in {@code question}, the answer in {@code answer}.
     */
    static ChainBuilder startAttempt(String name, String quiz) {
        String page = "/learning/quiz.xhtml?course=" + COURSE + "&quiz=" + quiz;
        return exec(facesPage(name + " (quiz page)", page))
                .exec(session -> session.remove("trueFalse").remove("singleChoice"))
                .exec(http(name + " (start)").post(page)
                        .formParam("start", "start").formParam("start:submit", "Start")
                        .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                        .check(currentLocationRegex("id=([0-9a-f-]{36})").saveAs("attempt"))
                        .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                        .check(css("input[name='primefaces.nonce']", "value").saveAs("nonce"))
                        .check(css("fieldset[data-type='true-false']", "data-position").optional().saveAs("trueFalse"))
                        .check(css("fieldset[data-type='single-choice']", "data-position").optional().saveAs("singleChoice")))
                .exec(session -> session.contains("trueFalse")
                        ? session.set("question", session.getString("trueFalse")).set("answer", "true")
                        : session.set("question", session.getString("singleChoice")).set("answer", "0"));
    }

    static String answerBody() {
        return "{\"answer\":\"#{answer}\"}";
    }

    /** A line for the results' notes, printed now and kept for the table. */
    static void note(String line) {
        System.out.println("NOTE: " + line);
        String file = System.getProperty("bench.notes");
        if (file != null) {
            try {
                Files.writeString(Path.of(file), line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The platform's processor time so far (user and system, all its threads), in seconds, read
     * from {@code /proc/<pid>/stat} of the process {@code bench.serverPid}; 0 when not given.
     */
    static double serverCpuSeconds() {
        String pid = System.getProperty("bench.serverPid", "");
        if (pid.isBlank()) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);   // utime, stime (fields 14 and 15)
            return ticks / (double) CLOCK_TICKS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kernel's clock ticks per second ({@code getconf CLK_TCK}), 100 on Linux unless {@code bench.clockTicks} says otherwise. */
    private static final int CLOCK_TICKS = Integer.getInteger("bench.clockTicks", 100);

    static ChainBuilder okPage(String name, String path, String mustContain) {
        return exec(http(name).get(path).check(status().is(200)).check(regex(mustContain)));
    }
}
