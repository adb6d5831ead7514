package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A learner driving the platform over plain HTTP as a browser would, without one: registers,
 * signs in, enrols and starts a quiz through the Faces forms, then saves answers through the
 * attempt page's {@code PUT /api/attempts/{id}/answers/{n}}. Keeps its own cookies (the
 * session cookie is {@code Secure}, which the JDK's cookie handler would not send over plain
 * HTTP to the test server).
 */
final class HttpLearner {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern QUESTION = Pattern.compile("data-position=\"(\\d+)\" data-type=\"(true-false|single-choice)\"");
    private static final Pattern ATTEMPT = Pattern.compile("id=([0-9a-f-]{36})");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final String email = TestAccounts.uniqueEmail("xapi-learner");
    private final String fullName;
    private String attempt;
    private Map<Integer, String> questions = Map.of();

    HttpLearner(URL base) {
        this(base, "Incremental Reader");
    }

    HttpLearner(URL base, String fullName) {
        this.base = URI.create(base.toString());
        this.fullName = fullName;
    }

    String email() {
        return email;
    }

    /** Registers, signs in and enrols in the course. */
    void enrol(String course) throws IOException, InterruptedException {
        form("/account/register.xhtml", "register", Map.of("register:email", email,
                "register:password", TestAccounts.PASSWORD, "register:confirmation", TestAccounts.PASSWORD,
                "register:fullName", fullName, "register:country", "KE",
                "register:organisation", "Ministry of ICT", "register:organisationType", "GOVERNMENT",
                "register:jobTitle", "Analyst", "register:language", "en", "register:submit", "Register"));
        form("/sign-in.xhtml", "sign-in", Map.of("sign-in:email", email, "sign-in:password", TestAccounts.PASSWORD,
                "sign-in:submit", "Sign in"));
        form("/catalog/course.xhtml?code=" + course, "enrol", Map.of("enrol:submit", "Enrol"));
    }

    /** A GET with this learner's cookies, redirects not followed. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** A request with this learner's cookies, as it is built (extra headers, method). */
    HttpResponse<String> send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> build)
            throws IOException, InterruptedException {
        return send(build.apply(request(path)));
    }

    /** Registers, signs in, enrols in the course and starts its quiz; the attempt id (the statements' registration). */
    String startQuiz(String course, String quiz) throws IOException, InterruptedException {
        enrol(course);
        Page started = form("/learning/quiz.xhtml?course=" + course + "&quiz=" + quiz, "start", Map.of("start:submit", "Start"));
        Matcher id = ATTEMPT.matcher(started.path());
        if (started.status() != 200 || !id.find()) {
            throw new IllegalStateException(email + ": starting the quiz ended on " + started.path() + " (" + started.status() + ")");
        }
        attempt = id.group(1);
        Map<Integer, String> found = new LinkedHashMap<>();
        Matcher question = QUESTION.matcher(started.body());
        while (question.find()) {
            found.put(Integer.valueOf(question.group(1)), question.group(2));
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("the attempt has no true/false or single-choice question");
        }
        questions = found;
        return attempt;
    }

    /** Saves the {@code turn}-th answer (alternating values over the questions); true when the server confirmed it. */
    boolean answer(int turn) throws IOException, InterruptedException {
        List<Integer> positions = List.copyOf(questions.keySet());
        int position = positions.get(turn % positions.size());
        boolean even = (turn / positions.size()) % 2 == 0;
        String value = questions.get(position).equals("true-false") ? String.valueOf(even) : even ? "0" : "1";
        HttpResponse<String> saved = send(request("/api/attempts/" + attempt + "/answers/" + position)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"answer\":\"" + value + "\"}")));
        return saved.statusCode() == 200 && saved.body().contains("\"saved\"");
    }

    /** Sends this body as the answer to the question at {@code position} of this learner's attempt (or another's). */
    HttpResponse<String> putAnswer(String attemptId, int position, String body) throws IOException, InterruptedException {
        return send(request("/api/attempts/" + attemptId + "/answers/" + position).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Reads the pages in this language from now on (as the language menu's cookie does). */
    void useLanguage(String tag) {
        cookies.put("academy_lang", tag);
    }

    /** The positions of the attempt's true/false and single-choice questions, and their types. */
    Map<Integer, String> questions() {
        return questions;
    }

    /** Submits the attempt from its page's form, as "Submit" does; the page it ends on (the review). */
    String submit() throws IOException, InterruptedException {
        return form("/learning/attempt.xhtml?id=" + attempt, "attempt", Map.of("attempt:submit", "Submit")).path();
    }

    private record Page(int status, String path, String body) {
    }

    /** Loads a Faces page and posts one of its forms with its view state; the page it ends on. */
    private Page form(String path, String form, Map<String, String> fields) throws IOException, InterruptedException {
        Page page = page(path);
        Matcher state = VIEW_STATE.matcher(page.body());
        if (page.status() != 200 || !state.find()) {
            throw new IllegalStateException(path + " answered " + page.status() + " without a form " + form);
        }
        Map<String, String> data = new LinkedHashMap<>(fields);
        data.put(form, form);
        data.put("jakarta.faces.ViewState", unescape(state.group(1)));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            data.put("primefaces.nonce", unescape(nonce.group(1)));
        }
        String body = data.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> posted = send(request(page.path()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (posted.statusCode() / 100 == 3) {
            return page(relative(posted.headers().firstValue("Location").orElseThrow()));
        }
        return new Page(posted.statusCode(), page.path(), posted.body());
    }

    /** GET, following redirects as a browser does. */
    private Page page(String path) throws IOException, InterruptedException {
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> response = send(request(path).GET());
            if (response.statusCode() / 100 != 3) {
                return new Page(response.statusCode(), path, response.body());
            }
            path = relative(response.headers().firstValue("Location").orElseThrow());
        }
        throw new IllegalStateException("too many redirects from " + path);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return response;
    }

    private static String relative(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
