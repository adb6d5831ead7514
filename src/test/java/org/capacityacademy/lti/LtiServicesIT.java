package org.capacityacademy.lti;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LTI Advantage with a platform built in the test ({@link TestPlatform}): a learner's final
 * assessment result reaches the platform's line item (after the platform first answered 503), an
 * instructor's deep linking round trip, and a context's members enrolled through Names and Role
 * Provisioning Services.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LtiServicesIT {

    @ArquillianResource
    URL base;

    private TestPlatform platform;
    private ToolBrowser browser;
    private long platformId;

    @BeforeEach
    void registerPlatform() throws Exception {
        platform = new TestPlatform(base, LtiLaunchIT.LAUNCH_URL);
        browser = new ToolBrowser(base);
        platformId = json(new ToolBrowser(base).post("/api/test/lti/platforms", Map.of("issuer", platform.issuer,
                "clientId", platform.clientId, "keysetUrl", platform.keysetUrl(), "authUrl", platform.authUrl(),
                "tokenUrl", platform.tokenUrl(), "deployments", TestPlatform.DEPLOYMENT)).body()).getJsonNumber("id").longValue();
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    private long launchLearner(String subject, Map<String, Object> extraClaims) throws Exception {
        String target = LtiLaunchIT.LAUNCH_URL + "?course=gge-2013";
        Map<String, String> request = browser.initiateLogin(platform, subject, target);
        Map<String, Object> claims = platform.resourceLink(subject, "Grace Achieng", target, Map.of());
        claims.putAll(extraClaims);
        HttpResponse<String> landing = browser.launch(platform.idToken(claims, request.get("nonce")), request.get("state"));
        assertEquals(302, landing.statusCode(), landing::body);
        return json(new ToolBrowser(base).get("/api/test/lti/learner?platform=" + platformId + "&subject="
                + ToolBrowser.encode(subject)).body()).getJsonNumber("accountId").longValue();
    }

    @Test
    void theFinalAssessmentResultReachesThePlatformsLineItemAfterThePlatformFirstAnswers503() throws Exception {
        String subject = "learner-" + UUID.randomUUID();
        long account = launchLearner(subject, Map.of());
        ToolBrowser server = new ToolBrowser(base);
        server.post("/api/test/lti/final-assessment", Map.of("account", String.valueOf(account), "course", "gge-2013"));
        platform.scoreStatuses.add(503);

        server.post("/api/test/lti/scores/send", Map.of("at", Instant.now().plusSeconds(1).toString()));
        JsonObject waiting = scores(server, account).getJsonObject(0);
        assertEquals(1, waiting.getInt("tries"), waiting::toString);
        assertEquals(false, waiting.getBoolean("sent"));
        assertTrue(waiting.getString("problem").contains("503"), waiting::toString);
        assertTrue(platform.scoreStatuses.isEmpty(), "the platform was asked once and answered 503");
        assertTrue(platform.scores.isEmpty());

        server.post("/api/test/lti/scores/send", Map.of("at", Instant.now().plus(Duration.ofMinutes(10)).toString()));
        JsonArray after = scores(server, account);
        assertEquals(1, after.size(), after::toString);
        assertEquals(true, after.getJsonObject(0).getBoolean("sent"), after::toString);
        assertEquals(2, after.getJsonObject(0).getInt("tries"));
        assertEquals(List.of(), platform.problems);
        assertEquals(1, platform.scores.size(), platform.scores::toString);
        Map<String, String> score = platform.scores.get(0);
        assertEquals("/context/lineitems/final", score.get("lineItem"));
        assertEquals(subject, score.get("userId"));
        assertEquals(0, new java.math.BigDecimal("100").compareTo(new java.math.BigDecimal(score.get("scoreGiven"))), score::toString);
        assertEquals("100", score.get("scoreMaximum").replaceAll("\\.0+$", ""));
        assertEquals("Completed", score.get("activityProgress"));
        assertEquals("FullyGraded", score.get("gradingProgress"));

        // sent once: nothing more goes out
        server.post("/api/test/lti/scores/send", Map.of("at", Instant.now().plus(Duration.ofDays(1)).toString()));
        assertEquals(1, platform.scores.size());
    }

    @Test
    void aModuleQuizResultGoesToALineItemTheAcademyCreatesForThatQuizWhenTheRegistrationAsks() throws Exception {
        TestPlatform withModules = new TestPlatform(base, LtiLaunchIT.LAUNCH_URL);
        try {
            long id = json(new ToolBrowser(base).post("/api/test/lti/platforms", Map.of("issuer", withModules.issuer,
                    "clientId", withModules.clientId, "keysetUrl", withModules.keysetUrl(), "authUrl", withModules.authUrl(),
                    "tokenUrl", withModules.tokenUrl(), "deployments", TestPlatform.DEPLOYMENT, "moduleScores", "true")).body())
                    .getJsonNumber("id").longValue();
            String subject = "learner-" + UUID.randomUUID();
            String target = LtiLaunchIT.LAUNCH_URL + "?course=gge-2013";
            ToolBrowser learner = new ToolBrowser(base);
            Map<String, String> request = learner.initiateLogin(withModules, subject, target);
            assertEquals(302, learner.launch(withModules.idToken(withModules.resourceLink(subject, "Tomás Pérez", target, Map.of()),
                    request.get("nonce")), request.get("state")).statusCode());
            long account = json(learner.get("/api/test/lti/learner?platform=" + id + "&subject=" + ToolBrowser.encode(subject)).body())
                    .getJsonNumber("accountId").longValue();
            ToolBrowser server = new ToolBrowser(base);
            server.post("/api/test/lti/final-assessment", Map.of("account", String.valueOf(account), "course", "gge-2013",
                    "quiz", "orientation"));
            server.post("/api/test/lti/scores/send", Map.of("at", Instant.now().plus(Duration.ofMinutes(1)).toString()));
            assertEquals(List.of(), withModules.problems);
            assertEquals(Map.of("orientation", withModules.lineItems() + "/orientation"), withModules.createdLineItems);
            assertEquals(1, withModules.scores.size(), withModules.scores::toString);
            assertEquals("/context/lineitems/orientation", withModules.scores.get(0).get("lineItem"));
            assertEquals(subject, withModules.scores.get(0).get("userId"));
        } finally {
            withModules.close();
        }
    }

    @Test
    void anInstructorChoosesALessonAndThePlatformGetsASignedLinkToIt() throws Exception {
        String instructor = "teacher-" + UUID.randomUUID();
        Map<String, String> request = browser.initiateLogin(platform, instructor, LtiLaunchIT.LAUNCH_URL);
        Map<String, Object> claims = new java.util.HashMap<>(Map.of("sub", instructor, "name", "Prof. Okafor",
                "https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest",
                "https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0",
                "https://purl.imsglobal.org/spec/lti/claim/deployment_id", TestPlatform.DEPLOYMENT,
                "https://purl.imsglobal.org/spec/lti/claim/target_link_uri", LtiLaunchIT.LAUNCH_URL,
                "https://purl.imsglobal.org/spec/lti/claim/roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"),
                "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                        "deep_link_return_url", platform.issuer + "/deep-link-return",
                        "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe", "window"),
                        "accept_lineitem", true, "accept_multiple", false, "data", "opaque-123")));
        HttpResponse<String> landing = browser.launch(platform.idToken(claims, request.get("nonce")), request.get("state"));
        assertEquals(302, landing.statusCode(), landing::body);
        assertEquals("/lti/deep-link.xhtml", URI.create(landing.headers().firstValue("Location").orElseThrow()).getPath());

        HttpResponse<String> page = browser.get("/lti/deep-link.xhtml");
        assertEquals(200, page.statusCode(), page::body);
        String lesson = "lesson:gge-2013:" + LtiLaunchIT.LESSON;
        assertTrue(page.body().contains("value=\"" + lesson + "\""), page::body);
        HttpResponse<String> answer = browser.submit("/lti/deep-link.xhtml", page.body(), "choose",
                Map.of("item", lesson, "choose:lineItem", "on", "choose:submit", "Link"));
        assertEquals(200, answer.statusCode(), answer::body);
        assertTrue(answer.headers().firstValue("Content-Security-Policy").orElseThrow().contains("form-action 'self' " + platform.issuer),
                () -> answer.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(answer.body().contains("action=\"" + platform.issuer + "/deep-link-return\""), answer::body);
        String jwt = answer.body().replaceAll("(?s).*name=\"JWT\" value=\"([^\"]+)\".*", "$1");

        SignedJWT response = SignedJWT.parse(jwt);
        JWKSet toolKeys = JWKSet.parse(browser.get("/lti/jwks.json").body());
        RSAKey toolKey = (RSAKey) toolKeys.getKeyByKeyId(response.getHeader().getKeyID());
        assertNotNull(toolKey, "signed with a key of the published keyset");
        assertTrue(response.verify(new RSASSAVerifier(toolKey)));
        JWTClaimsSet set = response.getJWTClaimsSet();
        assertEquals(platform.clientId, set.getIssuer());
        assertEquals(List.of(platform.issuer), set.getAudience());
        assertTrue(set.getExpirationTime().after(new Date()));
        assertNotNull(set.getClaim("nonce"));
        assertEquals("LtiDeepLinkingResponse", set.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"));
        assertEquals("1.3.0", set.getClaim("https://purl.imsglobal.org/spec/lti/claim/version"));
        assertEquals(TestPlatform.DEPLOYMENT, set.getClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id"));
        assertEquals("opaque-123", set.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"));
        List<?> items = (List<?>) set.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertEquals(1, items.size());
        Map<?, ?> item = (Map<?, ?>) items.get(0);
        assertEquals("ltiResourceLink", item.get("type"));
        assertEquals("The report at a glance", item.get("title"));
        assertTrue(((String) item.get("url")).endsWith("/lti/launch?course=gge-2013&lesson=" + LtiLaunchIT.LESSON), item::toString);
        assertEquals(Map.of("course", "gge-2013", "lesson", LtiLaunchIT.LESSON), item.get("custom"));
        assertEquals("final", ((Map<?, ?>) item.get("lineItem")).get("resourceId"));

        // the chosen link, launched, lands on the lesson
        ToolBrowser learner = new ToolBrowser(base);
        String subject = "learner-" + UUID.randomUUID();
        Map<String, String> login = learner.initiateLogin(platform, subject, (String) item.get("url"));
        HttpResponse<String> launched = learner.launch(platform.idToken(platform.resourceLink(subject, "Ama Owusu",
                (String) item.get("url"), (Map<String, String>) item.get("custom")), login.get("nonce")), login.get("state"));
        assertTrue(launched.headers().firstValue("Location").orElseThrow().endsWith("lesson=" + LtiLaunchIT.LESSON));
    }

    @Test
    void aLearnerMayNotChooseContent() throws Exception {
        String subject = "learner-" + UUID.randomUUID();
        Map<String, String> request = browser.initiateLogin(platform, subject, LtiLaunchIT.LAUNCH_URL);
        Map<String, Object> claims = platform.resourceLink(subject, "Ana", LtiLaunchIT.LAUNCH_URL, Map.of());
        claims.put("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest");
        claims.put("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                "deep_link_return_url", platform.issuer + "/deep-link-return", "accept_types", List.of("ltiResourceLink")));
        HttpResponse<String> refused = browser.launch(platform.idToken(claims, request.get("nonce")), request.get("state"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("teachers"), refused::body);
        HttpResponse<String> choosing = browser.get("/lti/deep-link.xhtml");
        assertEquals(302, choosing.statusCode(), "not signed in: sent to sign in");
        assertTrue(choosing.headers().firstValue("Location").orElseThrow().contains("sign-in"));
    }

    @Test
    void anInstructorsLaunchEnrolsTheContextsActiveMembers() throws Exception {
        platform.members.add(Map.of("user_id", "member-" + UUID.randomUUID(), "name", "Kofi Mensah"));
        platform.members.add(Map.of("user_id", "member-" + UUID.randomUUID(), "name", "Nadia Rahman", "status", "Inactive"));
        String instructor = "teacher-" + UUID.randomUUID();
        launchLearner(instructor, Map.of(
                "https://purl.imsglobal.org/spec/lti/claim/roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"),
                "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of(
                        "context_memberships_url", platform.memberships(), "service_versions", List.of("2.0"))));
        assertEquals(List.of(), platform.problems);
        JsonObject active = json(browser.get("/api/test/lti/learner?platform=" + platformId + "&subject="
                + ToolBrowser.encode(platform.members.get(0).get("user_id"))).body());
        assertEquals("Kofi Mensah", active.getString("name"));
        assertEquals("gge-2013", active.getJsonArray("courses").getString(0));
        assertEquals("{}", browser.get("/api/test/lti/learner?platform=" + platformId + "&subject="
                + ToolBrowser.encode(platform.members.get(1).get("user_id"))).body(), "an inactive member is left out");
    }

    private static JsonArray scores(ToolBrowser server, long account) throws Exception {
        return Json.createReader(new StringReader(server.get("/api/test/lti/scores?account=" + account).body())).readArray();
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
