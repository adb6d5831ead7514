package org.capacityacademy.browser;

import org.capacityacademy.lti.TestPlatform;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An administrator registers a learning platform on the admin page; a learner launched from that
 * platform's course page (on another site, 127.0.0.1 against the academy's localhost) reaches the
 * lesson inside the platform's frame, signed in, and marks it completed there; an instructor chooses a
 * lesson to link there, in French. Every page of the
 * academy visited, the framed one too, passes the accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LtiFrameIT {

    static final String LAUNCH_URL = "http://localhost:8080/lti/launch";
    static final String LESSON = "orientation-at-a-glance";

    @ArquillianResource
    URL base;

    @Test
    void administratorRegistersAPlatformAndALaunchedLearnerStudiesTheLessonInsideItsFrame() throws Exception {
        assumeTrue(Browser.isInstalled(), "Chromium and ChromeDriver");
        try (TestPlatform platform = new TestPlatform(base, LAUNCH_URL);
             Browser admin = Browser.open(base, "en"); Browser learner = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            admin.go("/admin/lti-platforms.xhtml");
            assertEquals("http://localhost:8080/lti/login", admin.text("#login-url"));
            assertEquals("http://localhost:8080/lti/jwks.json", admin.text("#keyset-url"));
            admin.click("platform:submit");
            assertTrue(admin.texts(".field-error").size() >= 5, "every required field says so");
            String name = "Moodle of the Ministry " + platform.clientId;
            admin.fill("platform:name", name).fill("platform:issuer", platform.issuer).fill("platform:clientId", platform.clientId)
                    .fill("platform:deploymentIds", TestPlatform.DEPLOYMENT).fill("platform:keysetUrl", "not an address")
                    .fill("platform:authUrl", platform.authUrl()).fill("platform:tokenUrl", platform.tokenUrl())
                    .choose("platform:country", "KE").fill("platform:organisation", "Ministry of ICT")
                    .choose("platform:organisationType", "GOVERNMENT").click("platform:submit");
            assertTrue(admin.text(".form-errors li").contains("web addresses"), admin.text(".form-errors li"));
            admin.fill("platform:keysetUrl", platform.keysetUrl()).click("platform:submit");
            assertEquals("The platform’s registration is saved.", admin.text("#saved"));
            assertTrue(admin.text("#platforms").contains(name), admin.text("#platforms"));

            String subject = "learner-" + UUID.randomUUID();
            String target = LAUNCH_URL + "?course=gge-2013&lesson=" + LESSON;
            platform.browserLaunches.put(subject, platform.resourceLink(subject, "Grace Achieng", target, Map.of()));
            learner.goElsewhere(platform.issuer + "/frame?hint=" + subject + "&target=" + java.net.URLEncoder.encode(target,
                    java.nio.charset.StandardCharsets.UTF_8));
            // the lesson's end (its button, or the notice when reading to the end completed it already)
            learner.intoFrame("tool", "#lesson-end, #lesson-done", Duration.ofSeconds(30));
            assertTrue(learner.text(".signed-in-as").contains("Grace Achieng"), learner.text(".signed-in-as"));
            try {
                if (!learner.elements("#complete\\:submit").isEmpty()) {
                    learner.clickInFrame("tool", "complete:submit");
                }
            } catch (org.openqa.selenium.TimeoutException gone) {
                // reading to the end completed the lesson meanwhile, and took the button away
            }
            learner.waitUntilAll("#lesson-done", "You have completed this lesson.", Duration.ofSeconds(20));
            // kept by the server (through the session the frame keeps), not only on the device
            learner.waitUntilCount("#lesson-done:not([data-state=device]):not([data-state=refused])", 1, Duration.ofSeconds(20));
            learner.outOfFrame();
            assertEquals(List.of(), platform.problems);
        }
    }

    @Test
    void anInstructorChoosesALessonInsideThePlatformsFrame() throws Exception {
        assumeTrue(Browser.isInstalled(), "Chromium and ChromeDriver");
        try (TestPlatform platform = new TestPlatform(base, LAUNCH_URL); Browser teacher = Browser.open(base, "fr")) {
            java.net.http.HttpResponse<String> registered = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(base.toURI().resolve("/api/test/lti/platforms")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("issuer=" + encode(platform.issuer) + "&clientId="
                            + encode(platform.clientId) + "&keysetUrl=" + encode(platform.keysetUrl()) + "&authUrl=" + encode(platform.authUrl())
                            + "&tokenUrl=" + encode(platform.tokenUrl()) + "&deployments=" + TestPlatform.DEPLOYMENT)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, registered.statusCode(), registered.body());
            String subject = "teacher-" + UUID.randomUUID();
            Map<String, Object> claims = new java.util.HashMap<>(platform.resourceLink(subject, "Chantal Mbeki", LAUNCH_URL, Map.of()));
            claims.remove("https://purl.imsglobal.org/spec/lti/claim/resource_link");
            claims.put("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest");
            claims.put("https://purl.imsglobal.org/spec/lti/claim/roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));
            claims.put("https://purl.imsglobal.org/spec/lti/claim/launch_presentation", Map.of("locale", "fr-FR"));
            claims.put("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of("deep_link_return_url",
                    platform.issuer + "/deep-link-return", "accept_types", List.of("ltiResourceLink"), "accept_lineitem", true));
            platform.browserLaunches.put(subject, claims);
            teacher.goElsewhere(platform.issuer + "/frame?hint=" + subject + "&target=" + encode(LAUNCH_URL));
            teacher.intoFrame("tool", "#choose", Duration.ofSeconds(30));
            teacher.tick("input[value='lesson:gge-2013:" + LESSON + "']");
            teacher.clickInFrame("tool", "choose:submit");
            assertEquals("Élément choisi : Le rapport en bref.", teacher.text("#chosen").replace('\u00a0', ' '));
            assertEquals(platform.issuer + "/deep-link-return", teacher.attribute("#return", "action"));
            assertTrue(teacher.text("#return-submit").startsWith("Revenir à "), teacher.text("#return-submit"));
            teacher.outOfFrame();
            assertEquals(List.of(), platform.problems);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
