package org.capacityacademy.browser;

import jakarta.json.Json;
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
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /xapi/statements} as an xAPI client sees it: credentials, the version header, filters and their mistakes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiStatementsIT {

    /** As in the failsafe environment of pom.xml. */
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("it-reporting-tool:It-xapi-Secret-2026".getBytes(StandardCharsets.UTF_8));
    static final String BEARER = "Bearer it-xapi-bearer-token";
    static final String VERSION = "X-Experience-API-Version";

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
    }
}
