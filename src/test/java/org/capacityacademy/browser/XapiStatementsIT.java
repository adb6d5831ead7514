package org.capacityacademy.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /xapi} as an xAPI client sees it: credentials, the version header, filters and their
 * mistakes, the formats, the alternate request syntax, {@code about}, and the headers of every answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiStatementsIT {

    /** As in the failsafe environment of pom.xml. */
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("it-reporting-tool:It-xapi-Secret-2026".getBytes(StandardCharsets.UTF_8));
    static final String BEARER = "Bearer it-xapi-bearer-token";
    static final String VERSION = "X-Experience-API-Version";
    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

    @ArquillianResource
    URL base;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    static HttpResponse<String> get(URL base, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As an authorised client speaking xAPI 1.0.3. */
    static HttpResponse<String> read(URL base, String path) throws IOException, InterruptedException {
        return get(base, path, "Authorization", BASIC, VERSION, "1.0.3");
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void clientsWithoutValidCredentialsGet401NotTheSignInPage() throws Exception {
        for (String[] headers : new String[][] {{VERSION, "1.0.3"},
                {"Authorization", "Basic " + Base64.getEncoder().encodeToString("it-reporting-tool:guess".getBytes(StandardCharsets.UTF_8)), VERSION, "1.0.3"},
                {"Authorization", "Bearer guess", VERSION, "1.0.3"}}) {
            HttpResponse<String> refused = get(base, "/xapi/statements", headers);
            assertEquals(401, refused.statusCode());
            assertTrue(refused.headers().allValues("WWW-Authenticate").stream().anyMatch(h -> h.startsWith("Basic")),
                    refused.headers().map().toString());
            assertEquals("1.0.3", refused.headers().firstValue(VERSION).orElse(""));
            assertTrue(json(refused).getString("message").contains("credentials"));
        }
    }

    @Test
    void requestsWithoutA10VersionHeaderGet400() throws Exception {
        HttpResponse<String> missing = get(base, "/xapi/statements", "Authorization", BASIC);
        assertEquals(400, missing.statusCode());
        assertTrue(json(missing).getString("message").startsWith(VERSION));
        assertEquals(400, get(base, "/xapi/statements", "Authorization", BASIC, VERSION, "0.95").statusCode());
        assertEquals(200, get(base, "/xapi/statements?limit=1", "Authorization", BASIC, VERSION, "1.0").statusCode());
    }

    @Test
    void authorisedClientsReadPagesOfStatementsWithBasicOrBearer() throws Exception {
        HttpResponse<String> page = read(base, "/xapi/statements?limit=1");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("1.0.3", page.headers().firstValue(VERSION).orElse(""));
        assertTrue(page.headers().firstValue("X-Experience-API-Consistent-Through").isPresent());
        JsonObject result = json(page);
        assertTrue(result.getJsonArray("statements").size() <= 1);
        String more = result.getString("more");
        assertTrue(more.isEmpty() || more.startsWith("/xapi/statements?"), more);

        HttpResponse<String> bearer = get(base, "/xapi/statements?limit=1", "Authorization", BEARER, VERSION, "1.0.3");
        assertEquals(200, bearer.statusCode());

        String stranger = encode("{\"mbox\":\"mailto:nobody@example.org\"}");
        assertEquals("{\"statements\":[],\"more\":\"\"}", read(base, "/xapi/statements?agent=" + stranger).body());
        HttpResponse<String> none = read(base, "/xapi/statements?statementId=" + java.util.UUID.randomUUID());
        assertEquals(404, none.statusCode());
        assertTrue(none.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void badFilterValuesAre400WithAMessageNeverA500() throws Exception {
        String[][] cases = {{"since=yesterday", "since"}, {"until=2026-13-01T00:00:00Z", "until"}, {"limit=ten", "limit"},
                {"limit=-5", "limit"}, {"agent=" + encode("{\"name\":\"x\""), "agent"}, {"agent=" + encode("{\"name\":\"x\"}"), "agent"},
                {"verb=completed", "verb"}, {"activity=" + encode("a b"), "activity"}, {"registration=1234", "registration"},
                {"ascending=maybe", "ascending"}, {"cursor=%25%25", "cursor"}, {"colour=blue", "colour"},
                {"statementId=42", "statementId"}, {"limit=1&limit=2", "limit"}};
        for (String[] bad : cases) {
            HttpResponse<String> refused = read(base, "/xapi/statements?" + bad[0]);
            assertEquals(400, refused.statusCode(), bad[0] + ": " + refused.body());
            assertTrue(json(refused).getString("message").startsWith(bad[1]), bad[0] + ": " + refused.body());
        }
    }

    @Test
    void theResourceHasOneAddressOnly() throws Exception {
        assertEquals(404, get(base, "/api/statements", "Authorization", BASIC, VERSION, "1.0.3").statusCode());
        assertEquals(404, read(base, "/xapi/admin/users").statusCode());
        assertEquals(404, get(base, "/api/about").statusCode());
    }

    @Test
    void aboutTellsAnyoneTheVersionsWhateverTheirHeaders() throws Exception {
        for (HttpResponse<String> about : List.of(get(base, "/xapi/about"), get(base, "/xapi/about", VERSION, "0.95"), read(base, "/xapi/about"))) {
            assertEquals(200, about.statusCode(), about.body());
            assertTrue(about.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals("1.0.3", json(about).getJsonArray("version").getString(0));
            assertEquals(Set.of("version"), json(about).keySet());
            assertEquals("1.0.3", about.headers().firstValue(VERSION).orElse(""));
        }
    }

    @Test
    void everyAnswerRefusalsIncludedSaysItsVersionAndConsistentThrough() throws Exception {
        HttpResponse<String> read = read(base, "/xapi/statements?limit=1");
        Instant consistent = Instant.parse(read.headers().firstValue(CONSISTENT_THROUGH).orElseThrow());
        assertTrue(Duration.between(consistent, Instant.now()).abs().compareTo(Duration.ofMinutes(1)) < 0,
                "a recent time, even when nothing was stored lately: " + consistent);
        String anyone = "Basic " + Base64.getEncoder().encodeToString("who:ever".getBytes(StandardCharsets.UTF_8));
        Map<Integer, HttpResponse<String>> refusals = Map.of(
                401, get(base, "/xapi/statements", "Authorization", anyone, VERSION, "1.0.3"),
                400, read(base, "/xapi/statements?since=yesterday"),
                404, read(base, "/xapi/statements?statementId=" + UUID.randomUUID()),
                403, send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/xapi/statements"))
                        .header("Authorization", BASIC).header(VERSION, "1.0.3").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("[]"))),
                405, send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/xapi/statements"))
                        .header("Authorization", BASIC).header(VERSION, "1.0.3").DELETE()));
        refusals.forEach((status, refused) -> {
            assertEquals(status, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), refused.body());
            assertFalse(json(refused).getString("message").isBlank());
            assertEquals("1.0.3", refused.headers().firstValue(VERSION).orElse(""), status + " has the version");
            assertFalse(Instant.parse(refused.headers().firstValue(CONSISTENT_THROUGH).orElseThrow()).isBefore(consistent.minusSeconds(1)),
                    status + " has a Consistent-Through");
        });
        assertTrue(json(refusals.get(403)).getString("message").contains("read-only"));
        assertTrue(refusals.get(405).headers().firstValue("Allow").orElse("").contains("GET"));
        HttpResponse<String> nowhere = read(base, "/xapi/activities/state");
        assertEquals(404, nowhere.statusCode());
        assertTrue(nowhere.headers().firstValue(CONSISTENT_THROUGH).isPresent());
    }

    @Test
    void aLearnersStatementsReadAsAnLrsClientReadsThem() throws Exception {
        HttpLearner learner = new HttpLearner(base);
        String attempt = learner.startQuiz("gge-2013", "introduction");
        assertTrue(learner.answer(0));
        String registration = "/xapi/statements?registration=" + attempt;
        HttpResponse<String> exact = read(base, registration);
        JsonArray statements = json(exact).getJsonArray("statements");
        assertEquals(2, statements.size(), "attempted, answered");
        JsonObject answered = statements.getJsonObject(0);
        assertEquals("1.0.0", answered.getString("version"), "what a statement generator writes");
        Instant newest = Instant.parse(answered.getString("stored"));
        assertEquals(newest.truncatedTo(ChronoUnit.SECONDS), Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME
                .parse(exact.headers().firstValue("Last-Modified").orElseThrow())), "Last-Modified: the newest stored");
        HttpResponse<String> one = read(base, "/xapi/statements?statementId=" + answered.getString("id"));
        assertEquals(answered, json(one));
        assertEquals(newest.truncatedTo(ChronoUnit.SECONDS), Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME
                .parse(one.headers().firstValue("Last-Modified").orElseThrow())));

        JsonObject authority = answered.getJsonObject("authority");
        String platform = encode(Json.createObjectBuilder().add("account", authority.getJsonObject("account")).build().toString());
        assertEquals(List.of(), json(read(base, registration + "&agent=" + platform)).getJsonArray("statements"),
                "the authority is no statement's actor");
        assertEquals(statements, json(read(base, registration + "&agent=" + platform + "&related_agents=true"))
                .getJsonArray("statements"), "with related_agents, the authority finds its statements");
        String actor = encode(answered.getJsonObject("actor").toString());
        assertEquals(statements, json(read(base, registration + "&agent=" + actor + "&related_agents=true")).getJsonArray("statements"));

        JsonObject attempted = statements.getJsonObject(1);
        assertEquals("http://adlnet.gov/expapi/verbs/attempted", attempted.getJsonObject("verb").getString("id"));
        JsonObject course = attempted.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent").getJsonObject(0);
        assertTrue(course.getJsonObject("definition").getJsonObject("name").size() > 1, "exact: every language");
        JsonObject chinese = json(get(base, registration + "&format=canonical", "Authorization", BASIC, VERSION, "1.0.3",
                "Accept-Language", "zh-CN, en;q=0.5")).getJsonArray("statements").getJsonObject(1);
        JsonObject names = chinese.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent")
                .getJsonObject(0).getJsonObject("definition").getJsonObject("name");
        assertEquals(Set.of("zh"), names.keySet(), "canonical: the language asked for only");
        assertEquals(course.getJsonObject("definition").getJsonObject("name").getString("zh"), names.getString("zh"));
        assertEquals(1, chinese.getJsonObject("object").getJsonObject("definition").getJsonObject("name").size());
        assertEquals(Set.of("en-US"), chinese.getJsonObject("verb").getJsonObject("display").keySet());
        assertEquals(400, get(base, registration + "&format=canonical", "Authorization", BASIC, VERSION, "1.0.3",
                "Accept-Language", "zh;q=x").statusCode());

        HttpResponse<String> multipart = read(base, registration + "&attachments=true");
        String type = multipart.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("multipart/mixed") && type.contains("boundary="), type);
        String boundary = type.substring(type.indexOf("boundary=") + 9).replace("\"", "");
        String[] parts = multipart.body().split("--" + Pattern.quote(boundary));
        assertEquals("--\r\n", parts[parts.length - 1], "closed by the last boundary");
        String first = parts[1];
        assertTrue(first.startsWith("\r\nContent-Type: application/json\r\n\r\n"), first);
        assertEquals(statements, Json.createReader(new StringReader(first.substring(first.indexOf("\r\n\r\n") + 4).strip()))
                .readObject().getJsonArray("statements"));

        // the alternate request syntax: the same request as a form, headers included
        String form = "Authorization=" + encode(BASIC) + "&X-Experience-API-Version=1.0.3&registration=" + attempt
                + "&format=ids";
        HttpResponse<String> alternate = post(base, "/xapi/statements?method=GET", form);
        assertEquals(200, alternate.statusCode(), alternate.body());
        assertEquals(json(read(base, registration + "&format=ids")).getJsonArray("statements"),
                json(alternate).getJsonArray("statements"));
        assertEquals(401, post(base, "/xapi/statements?method=GET", "X-Experience-API-Version=1.0.3").statusCode());
        HttpResponse<String> mixed = post(base, "/xapi/statements?method=GET&limit=1", form);
        assertEquals(400, mixed.statusCode());
        assertTrue(json(mixed).getString("message").startsWith("method:"));
        assertEquals(403, post(base, "/xapi/statements?method=PUT", form + "&content=%5B%5D").statusCode());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(URL base, String path, String form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }
}
