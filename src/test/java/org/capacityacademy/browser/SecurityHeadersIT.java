package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security headers on every answer (pages, files, redirects, 400, 403, 404, 405, 413 and the
 * server's own error pages), one Content-Security-Policy with the page's script nonce, no product
 * name in the Server header, every cookie SameSite and Secure, and the saved language changed by a
 * post from the platform's own pages only. Checked with plain java.net.http, as another tool would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final String FORM = "Content-Type";
    private static final String URLENCODED = "application/x-www-form-urlencoded";

    @Test
    void everyAnswerCarriesTheSecurityHeadersOnceAndNoProductName() throws Exception {
        String tooLarge = "register=register&register%3AfullName=" + "x".repeat(2 * 1024 * 1024 + 1);
        record Case(int status, String method, String path, String body, String[] headers) {
        }
        List<Case> cases = List.of(
                new Case(200, "GET", "/", null, new String[0]),
                new Case(200, "GET", "/catalog/courses.xhtml", null, new String[0]),
                new Case(200, "GET", "/health/ready", null, new String[0]),
                new Case(200, "GET", "/openapi", null, new String[0]),
                new Case(302, "GET", "/admin/users.xhtml", null, new String[0]),
                new Case(302, "GET", "/language?to=fr&return=/", null, new String[0]),
                new Case(302, "POST", "/sign-in.xhtml", "sign-in=sign-in&jakarta.faces.ViewState=stateless", new String[] {FORM, URLENCODED}),
                new Case(400, "GET", "/catalog/courses.xhtml?q=%C3%28", null, new String[0]),
                new Case(403, "GET", "/metrics", null, new String[0]),
                new Case(403, "POST", "/language", "to=fr&return=/", new String[] {FORM, URLENCODED, "Sec-Fetch-Site", "cross-site"}),
                new Case(404, "GET", "/no/such/page.xhtml", null, new String[0]),
                new Case(404, "GET", "/no-such-file.txt", null, new String[0]),
                new Case(404, "GET", "/api/no-such-endpoint", null, new String[0]),
                new Case(405, "DELETE", "/index.xhtml", null, new String[0]),
                new Case(405, "TRACE", "/", null, new String[0]),
                new Case(413, "POST", "/account/register.xhtml", tooLarge, new String[] {FORM, URLENCODED}));
        for (Case c : cases) {
            HttpResponse<String> answer = send(c.method(), c.path(), c.body(), c.headers());
            String what = c.method() + " " + c.path();
            assertEquals(c.status(), answer.statusCode(), what);
            HttpHeaders headers = answer.headers();
            List<String> policies = headers.allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), what + ": one policy, not " + policies);
            String policy = policies.get(0);
            assertTrue(policy.startsWith("default-src 'self'; script-src 'self'") && policy.contains("frame-ancestors 'none'")
                    && policy.contains("object-src 'none'") && policy.contains("form-action 'self'"), what + ": " + policy);
            assertFalse(policy.matches(".*script-src[^;]*'unsafe-inline'.*"), what + ": no inline scripts but by nonce: " + policy);
            assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), what);
            assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"), what);
            assertEquals(List.of("strict-origin-when-cross-origin"), headers.allValues("Referrer-Policy"), what);
            assertEquals(1, headers.allValues("Permissions-Policy").size(), what);
            String server = String.join(" ", headers.allValues("Server")) + String.join(" ", headers.allValues("X-Powered-By"));
            assertFalse(server.toLowerCase(Locale.ROOT).matches(".*(payara|glassfish|grizzly|servlet|jsf|faces).*"), what + ": " + server);
        }
    }

    @Test
    void aPageHasOnePolicyNamingTheNonceItsScriptsCarry() throws Exception {
        HttpResponse<String> page = send("GET", "/", null, "Accept-Language", "en");
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)';").matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(page.body().contains("<script nonce=\"" + nonce.group(1) + "\">"), "the page's scripts carry the policy's nonce");
    }

    @Test
    void refusedRequestsAreAnsweredInThePersonsLanguage() throws Exception {
        HttpResponse<String> notUtf8 = send("GET", "/catalog/courses.xhtml?q=%C3%28", null, "Accept-Language", "ar");
        assertTrue(notUtf8.body().contains("lang=\"ar\" dir=\"rtl\""), notUtf8.body());
        assertTrue(notUtf8.body().contains("يحتوي العنوان على أحرف غير مرمّزة بترميز UTF-8"), notUtf8.body());

        HttpResponse<String> tooLarge = send("POST", "/account/register.xhtml",
                "register=register&register%3AfullName=" + "x".repeat(2 * 1024 * 1024 + 1), FORM, URLENCODED, "Accept-Language", "fr");
        assertTrue(tooLarge.body().contains("Un formulaire peut envoyer au plus 2\u00a0Mo") || tooLarge.body().contains("au plus 2 Mo"),
                "the limit, in French: " + tooLarge.body());

        HttpResponse<String> method = send("DELETE", "/index.xhtml", null, "Accept-Language", "ru");
        assertEquals("GET, HEAD, POST", method.headers().firstValue("Allow").orElse(""));
        assertTrue(method.body().contains("Этот адрес не обрабатывает запросы такого типа."), method.body());

        for (String forged : List.of("stateless", "1:2", "rO0ABXNyAA==", "")) {
            HttpResponse<String> expired = send("POST", "/sign-in.xhtml",
                    "sign-in=sign-in&sign-in%3Asubmit=x&jakarta.faces.ViewState=" + forged, FORM, URLENCODED);
            assertEquals("/error/expired.xhtml", expired.headers().firstValue("Location").map(URI::create).map(URI::getPath).orElse(""),
                    "a forged view state is an expired page: " + forged);
        }
    }

    @Test
    void cookiesAreSameSiteSecureAndHttpOnly() throws Exception {
        HttpResponse<String> switched = send("POST", "/language", "to=es&return=%2Fcatalog%2Fcourses.xhtml",
                FORM, URLENCODED, "Sec-Fetch-Site", "same-origin");
        assertEquals(302, switched.statusCode());
        assertEquals("/catalog/courses.xhtml", URI.create(switched.headers().firstValue("Location").orElse("")).getPath());
        String cookie = switched.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("academy_lang=es"))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("SameSite=Lax") && cookie.contains("Secure") && cookie.contains("HttpOnly"), cookie);

        HttpResponse<String> signIn = send("GET", "/sign-in.xhtml", null);
        for (String each : signIn.headers().allValues("Set-Cookie")) {
            assertTrue(each.toLowerCase(Locale.ROOT).contains("samesite=") && each.contains("Secure"), each);
        }
    }

    @Test
    void theSavedLanguageChangesOnlyByAPostFromThePlatformsOwnPage() throws Exception {
        assertEquals(403, send("POST", "/language", "to=fr&return=/", FORM, URLENCODED, "Origin", "https://elsewhere.example").statusCode());
        String email = TestAccounts.uniqueEmail("language");
        try (Browser learner = Browser.open(base, "en")) {
            Journeys.register(learner, email, "Langue Choisie");
            Journeys.signInSuccessfully(learner, email, TestAccounts.PASSWORD);
            learner.go("/language?to=ar&return=%2Flearning%2Fmy-learning.xhtml");
            assertEquals("rtl", learner.attribute("html", "dir"), "a link switches this browser's pages");
            try (Browser elsewhere = Browser.open(base, "en")) {
                Journeys.signInSuccessfully(elsewhere, email, TestAccounts.PASSWORD);
                assertEquals("en", elsewhere.attribute("html", "lang"), "but saves nothing in the profile");
            }
            learner.clickLink("Français");
            assertEquals("fr", learner.attribute("html", "lang"));
            assertTrue(learner.path().startsWith("/learning/my-learning.xhtml"), "back on the same page: " + learner.path());
            try (Browser elsewhere = Browser.open(base, "en")) {
                Journeys.signInSuccessfully(elsewhere, email, TestAccounts.PASSWORD);
                assertEquals("fr", elsewhere.attribute("html", "lang"), "the switcher's post saved it");
            }
        }
    }

    /** The Set-Cookie headers of the answers in a browser's network log. */
    private static List<String> setCookies(List<String> log) {
        List<String> cookies = new java.util.ArrayList<>();
        for (String entry : log) {
            jakarta.json.JsonObject message = jakarta.json.Json.createReader(new java.io.StringReader(entry)).readObject().getJsonObject("message");
            if (!"Network.responseReceivedExtraInfo".equals(message.getString("method", ""))) {
                continue;
            }
            message.getJsonObject("params").getJsonObject("headers").forEach((name, value) -> {
                if (name.equalsIgnoreCase("Set-Cookie")) {
                    cookies.addAll(List.of(((jakarta.json.JsonString) value).getString().split("\n")));
                }
            });
        }
        return cookies;
    }

    @Test
    void theFlashCookieIsSameSiteAndSecureToo() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = Browser.openRecordingNetwork(base, "en")) {
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            admin.go("/admin/cohorts.xhtml").fill("create:name", "Flash cohort " + tag).click("create:submit");
            admin.networkLog();
            admin.fill("describe:description", "Kept for the next page").click("describe:submit");
            List<String> flash = setCookies(admin.networkLog()).stream().filter(cookie -> cookie.startsWith("csfcfc=")).toList();
            assertFalse(flash.isEmpty(), "a change kept its message for the next page in Faces' flash cookie");
            for (String cookie : flash) {
                assertTrue(cookie.contains("SameSite=Lax") && cookie.contains("Secure"), cookie);
            }
        }
    }
}
