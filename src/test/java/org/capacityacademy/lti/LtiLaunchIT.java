package org.capacityacademy.lti;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LTI 1.3 launches from a platform built in the test ({@link TestPlatform}), through the real server:
 * the login initiation, the platform's signed ID token posted back, the person signed in on the
 * linked lesson; and the launches the academy refuses, each with a page that says why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LtiLaunchIT {

    /** The tool's launch address as it names it (from PUBLIC_URL, which the tests set to http://localhost:8080). */
    static final String LAUNCH_URL = "http://localhost:8080/lti/launch";
    static final String LESSON = "orientation-at-a-glance";

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private TestPlatform platform;
    private long platformId;

    @BeforeEach
    void registerPlatform() throws Exception {
        platform = new TestPlatform(base, LAUNCH_URL);
        JsonObject registered = json(post("/api/test/lti/platforms", Map.of("issuer", platform.issuer, "clientId", platform.clientId,
                "keysetUrl", platform.keysetUrl(), "authUrl", platform.authUrl(), "tokenUrl", platform.tokenUrl(),
                "deployments", TestPlatform.DEPLOYMENT), Map.of()).body());
        platformId = registered.getJsonNumber("id").longValue();
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    /** A browser's cookies, by name. */
    private final Map<String, String> cookies = new HashMap<>();

    /** The login initiation, as the platform's page sends the browser to it: the authentication request's parameters. */
    private Map<String, String> initiateLogin(String hint, String target) throws Exception {
        HttpResponse<String> login = get("/lti/login?iss=" + encode(platform.issuer) + "&client_id=" + encode(platform.clientId)
                + "&login_hint=" + encode(hint) + "&target_link_uri=" + encode(target) + "&lti_message_hint=m1"
                + "&lti_deployment_id=" + TestPlatform.DEPLOYMENT);
        assertEquals(302, login.statusCode(), login::body);
        String location = login.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(platform.authUrl() + "?"), location);
        Map<String, String> request = TestPlatform.form(URI.create(location).getRawQuery());
        String loginPolicy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(frameAncestors(loginPolicy).contains(platform.issuer), () -> "the registered platform may show the login in its frame: " + loginPolicy);
        assertEquals(LAUNCH_URL, request.get("redirect_uri"));
        assertEquals("id_token", request.get("response_type"));
        assertEquals("form_post", request.get("response_mode"));
        assertEquals("none", request.get("prompt"));
        assertEquals(platform.clientId, request.get("client_id"));
        assertEquals("m1", request.get("lti_message_hint"));
        assertTrue(login.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("lti_state_" + request.get("state") + "=") && c.contains("SameSite=None") && c.contains("Secure")
                        && c.contains("Partitioned")));
        return request;
    }

    private HttpResponse<String> launch(String idToken, String state) throws Exception {
        return post("/lti/launch", Map.of("id_token", idToken, "state", state), cookies);
    }

    @Test
    void aLearnerLaunchedFromThePlatformLandsSignedInOnTheLinkedLessonEnrolledInItsCourse() throws Exception {
        String subject = "learner-" + UUID.randomUUID();
        String target = LAUNCH_URL + "?course=gge-2013&lesson=" + LESSON;
        Map<String, String> request = initiateLogin(subject, target);
        HttpResponse<String> landing = launch(platform.idToken(platform.resourceLink(subject, "Amina Diallo", target, Map.of()),
                request.get("nonce")), request.get("state"));
        assertEquals(302, landing.statusCode(), landing::body);
        assertEquals("/catalog/lesson.xhtml?course=gge-2013&lesson=" + LESSON, URI.create(landing.headers().firstValue("Location").orElseThrow()).getPath()
                + "?" + URI.create(landing.headers().firstValue("Location").orElseThrow()).getQuery());
        assertTrue(landing.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("ACADEMY_SESSION=") && c.contains("SameSite=None") && c.contains("Secure") && c.contains("HttpOnly")
                        && c.contains("Partitioned")),
                () -> landing.headers().allValues("Set-Cookie").toString());

        HttpResponse<String> lesson = get("/catalog/lesson.xhtml?course=gge-2013&lesson=" + LESSON);
        assertEquals(200, lesson.statusCode());
        assertTrue(lesson.body().contains("Amina Diallo"), "signed in under the name the platform gave");
        String policy = lesson.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(frameAncestors(policy).equals(List.of("'self'", platform.issuer)), policy);
        // the server's own SAMEORIGIN may stay: browsers follow frame-ancestors when a page has both
        assertTrue(lesson.headers().allValues("X-Frame-Options").stream().noneMatch("DENY"::equals),
                () -> "no X-Frame-Options DENY where the platform may frame the page: " + lesson.headers().allValues("X-Frame-Options"));

        JsonObject learner = json(get("/api/test/lti/learner?platform=" + platformId + "&subject=" + encode(subject)).body());
        assertEquals("Amina Diallo", learner.getString("name"));
        assertTrue(learner.getString("email").endsWith("@lti.invalid"), learner.toString());
        assertEquals("KE", learner.getString("country"), "the registration's country");
        assertEquals(List.of("gge-2013"), learner.getJsonArray("courses").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        // a second launch of the same person finds the same account
        cookies.clear();
        Map<String, String> again = initiateLogin(subject, LAUNCH_URL + "?course=gge-2013");
        HttpResponse<String> second = launch(platform.idToken(platform.resourceLink(subject, "Amina Diallo",
                LAUNCH_URL + "?course=gge-2013", Map.of()), again.get("nonce")), again.get("state"));
        assertEquals("/catalog/course.xhtml", URI.create(second.headers().firstValue("Location").orElseThrow()).getPath());
        assertEquals(learner.getJsonNumber("accountId").longValue(), json(get("/api/test/lti/learner?platform=" + platformId
                + "&subject=" + encode(subject)).body()).getJsonNumber("accountId").longValue());

        // other pages of an ordinary visit stay unframable
        cookies.clear();
        assertTrue(get("/catalog/courses.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow()
                .contains("frame-ancestors 'none'"));
    }

    @Test
    void customParametersNameTheModuleToLandOn() throws Exception {
        String subject = "learner-" + UUID.randomUUID();
        Map<String, String> request = initiateLogin(subject, LAUNCH_URL);
        HttpResponse<String> landing = launch(platform.idToken(platform.resourceLink(subject, "Li Wei", LAUNCH_URL,
                Map.of("course", "gge-2013", "module", "orientation")), request.get("nonce")), request.get("state"));
        assertEquals(302, landing.statusCode(), landing::body);
        assertTrue(landing.headers().firstValue("Location").orElseThrow().endsWith("lesson=" + LESSON));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedWithAPageThatSaysSo() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        String subject = "learner-" + UUID.randomUUID();
        Map<String, String> request = initiateLogin(subject, LAUNCH_URL + "?course=gge-2013");
        HttpResponse<String> refused = launch(platform.idToken(platform.resourceLink(subject, "Mallory", LAUNCH_URL + "?course=gge-2013",
                Map.of()), request.get("nonce"), stranger, Instant.now()), request.get("state"));
        assertRefused(refused, "signature");
        assertEquals("{}", get("/api/test/lti/learner?platform=" + platformId + "&subject=" + encode(subject)).body(), "nobody made");
    }

    @Test
    void aReplayedLaunchIsRefused() throws Exception {
        String subject = "learner-" + UUID.randomUUID();
        Map<String, String> request = initiateLogin(subject, LAUNCH_URL + "?course=gge-2013");
        String token = platform.idToken(platform.resourceLink(subject, "Ana", LAUNCH_URL + "?course=gge-2013", Map.of()), request.get("nonce"));
        assertEquals(302, launch(token, request.get("state")).statusCode());
        cookies.clear();
        assertRefused(launch(token, request.get("state")), "used");

        // the same nonce under a new login is not that login's nonce
        Map<String, String> next = initiateLogin(subject, LAUNCH_URL + "?course=gge-2013");
        assertRefused(launch(token, next.get("state")), "nonce");
    }

    @Test
    void aLaunchFromAnUnknownDeploymentIsRefused() throws Exception {
        String subject = "learner-" + UUID.randomUUID();
        Map<String, String> request = initiateLogin(subject, LAUNCH_URL + "?course=gge-2013");
        Map<String, Object> claims = platform.resourceLink(subject, "Ana", LAUNCH_URL + "?course=gge-2013", Map.of());
        claims.put("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "deployment-unknown");
        assertRefused(launch(platform.idToken(claims, request.get("nonce")), request.get("state")), "deployment");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String subject = "learner-" + UUID.randomUUID();
        Map<String, String> request = initiateLogin(subject, LAUNCH_URL + "?course=gge-2013");
        String expired = platform.idToken(platform.resourceLink(subject, "Ana", LAUNCH_URL + "?course=gge-2013", Map.of()),
                request.get("nonce"), platform.key, Instant.now().minus(Duration.ofMinutes(20)));
        assertRefused(launch(expired, request.get("state")), "expired");
    }

    @Test
    void aLaunchWithAStateNobodyIssuedOrAnotherBrowsersIsRefused() throws Exception {
        String subject = "learner-" + UUID.randomUUID();
        Map<String, String> mine = initiateLogin(subject, LAUNCH_URL + "?course=gge-2013");
        assertRefused(launch("x.y.z", "no-such-state"), "state");
        // another person's login forged into this browser, which holds the state cookie of its own login
        Map<String, String> cookiesOfMine = new HashMap<>(cookies);
        cookies.clear();
        Map<String, String> theirs = initiateLogin("attacker", LAUNCH_URL + "?course=gge-2013");
        cookies.clear();
        cookies.putAll(cookiesOfMine);
        assertRefused(launch(platform.idToken(platform.resourceLink("attacker", "Mallory", LAUNCH_URL + "?course=gge-2013", Map.of()),
                theirs.get("nonce")), theirs.get("state")), "state");
        assertNotEquals(mine.get("state"), theirs.get("state"));
    }

    /** The sources of a policy's frame-ancestors directive. */
    static List<String> frameAncestors(String policy) {
        for (String directive : policy.split(";")) {
            List<String> parts = List.of(directive.strip().split("\\s+"));
            if (parts.get(0).equals("frame-ancestors")) {
                return parts.subList(1, parts.size());
            }
        }
        return List.of();
    }

    private void assertRefused(HttpResponse<String> response, String reasonWord) {
        assertEquals(400, response.statusCode(), response::body);
        assertTrue(response.body().contains("id=\"refusal\""), response::body);
        String refusal = response.body().replaceAll("(?s).*id=\"refusal\">([^<]*)<.*", "$1");
        assertTrue(refusal.toLowerCase().contains(reasonWord), refusal);
        assertFalse(response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("ACADEMY_SESSION=")
                && c.contains("SameSite=None")), "nobody signed in");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET(), cookies);
    }

    private HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> withCookies) throws Exception {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)), withCookies);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> withCookies) throws Exception {
        request.header("Accept-Language", "en").timeout(Duration.ofSeconds(30));
        if (!withCookies.isEmpty()) {
            request.header("Cookie", withCookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (withCookies == cookies) {
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (cookie.contains("Max-Age=0")) {
                    cookies.remove(pair.substring(0, equals));
                } else if (equals > 0) {
                    cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        return response;
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
