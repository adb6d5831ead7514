package org.capacityacademy.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What other tools rely on: addresses, headers, cookies, health, languages and error pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpContractIT {

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void homePageFollowsAcceptLanguageAndSendsSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/", "Accept-Language", "ar-EG,ar;q=0.9,en;q=0.5");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("lang=\"ar\" dir=\"rtl\""), "Arabic, right to left");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.headers().firstValue("Referrer-Policy").isPresent());
        assertTrue(page.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(p -> p.contains("frame-ancestors 'none'") && p.contains("default-src 'self'")));
        assertFalse(page.body().matches("(?s).*(src|href)=\"https?://.*"), "nothing loaded from another host");

        HttpResponse<String> chinese = get("/", "Accept-Language", "fr-CA;q=0.4, zh-Hans-CN");
        assertTrue(chinese.body().contains("lang=\"zh\" dir=\"ltr\""));
    }

    @Test
    void theSiteIconIsASmallIconKeptForAWeek() throws Exception {
        HttpResponse<byte[]> icon = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode());
        assertEquals("image/vnd.microsoft.icon", icon.headers().firstValue("Content-Type").orElse(""));
        byte[] bytes = icon.body();
        assertTrue(bytes.length > 22 && bytes.length < 1024, "a small icon: " + bytes.length + " bytes");
        assertEquals(List.of(0, 0, 1, 0), List.of((int) bytes[0], (int) bytes[1], (int) bytes[2], (int) bytes[3]), "an ICO file");
        assertEquals("public, max-age=604800", icon.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("nosniff", icon.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void sessionCookieIsHttpOnlySecureAndSameSite() throws Exception {
        HttpResponse<String> signIn = get("/sign-in.xhtml");
        String cookie = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("ACADEMY_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    }

    @Test
    void anonymousPagesOpenNoSession() throws Exception {
        HttpResponse<String> catalogue = get("/catalog/courses.xhtml", "Accept-Language", "en");
        java.util.regex.Matcher course = java.util.regex.Pattern.compile("href=\"(/catalog/course.xhtml\\?code=[^\"]+)\"")
                .matcher(catalogue.body());
        assertTrue(course.find(), "the catalogue links to a course");
        HttpResponse<String> coursePage = get(course.group(1).replace("&amp;", "&"), "Accept-Language", "en");
        java.util.regex.Matcher lesson = java.util.regex.Pattern.compile("href=\"(/catalog/lesson.xhtml\\?[^\"]+)\"")
                .matcher(coursePage.body());
        assertTrue(lesson.find(), "the course page links to a lesson");
        HttpResponse<String> lessonPage = get(lesson.group(1).replace("&amp;", "&"), "Accept-Language", "ar");
        for (HttpResponse<String> page : List.of(get("/", "Accept-Language", "fr"), catalogue, coursePage, lessonPage)) {
            assertEquals(200, page.statusCode(), page.uri().toString());
            assertEquals(List.of(), page.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("ACADEMY_SESSION=") || c.startsWith("JSESSIONID=")).toList(),
                    "no session for an anonymous visit of " + page.uri());
            assertFalse(page.body().contains("jakarta.faces.ViewState"), "no form needing state on " + page.uri());
        }
    }

    @Test
    void healthIsReadyAndLiveWithTheDatabase() throws Exception {
        for (String path : new String[] {"/health/ready", "/health/live"}) {
            HttpResponse<String> health = get(path);
            assertEquals(200, health.statusCode(), path);
            assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
            assertTrue(health.body().contains("database"), health.body());
        }
    }

    @Test
    void errorsAreFriendlyPagesWithoutStackTraces() throws Exception {
        HttpResponse<String> missing = get("/no/such/page.xhtml", "Accept-Language", "ru");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("lang=\"ru\""));
        assertFalse(showsStackTrace(missing.body()), missing.body());

        HttpResponse<String> expired = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/sign-in.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("sign-in=sign-in&sign-in%3Asubmit=x&jakarta.faces.ViewState=123%3A456"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String expiredPage = expired.headers().firstValue("Location").map(URI::create).map(URI::getPath)
                .orElse("(no redirect: " + expired.statusCode() + ")");
        assertEquals("/error/expired.xhtml", expiredPage);
        HttpResponse<String> explained = get(expiredPage);
        assertTrue(explained.body().contains("The page had expired"), explained.body());
        assertFalse(showsStackTrace(explained.body()));

        HttpResponse<String> api = get("/api/admin/users");
        assertTrue(api.statusCode() == 302 || api.statusCode() == 401 || api.statusCode() == 403,
                "anonymous REST call refused: " + api.statusCode());
    }

    private static boolean showsStackTrace(String body) {
        return body.contains("\tat ") || body.contains(".java:") || body.contains("at org.") || body.contains("Caused by");
    }

    @Test
    void versionedResourcesAreKeptForAYearAndPagesAreCheckedEveryTime() throws Exception {
        HttpResponse<String> page = get("/catalog/courses.xhtml", "Accept-Language", "en");
        assertEquals("private, no-cache", page.headers().firstValue("Cache-Control").orElse(""));
        java.util.regex.Matcher stylesheet = java.util.regex.Pattern
                .compile("href=\"(/jakarta.faces.resource/css/academy.css.xhtml\\?v=[0-9a-f]{8})\"").matcher(page.body());
        assertTrue(stylesheet.find(), "the stylesheet's address carries its content's version");

        HttpResponse<String> css = get(stylesheet.group(1), "Accept-Encoding", "gzip");
        assertEquals(200, css.statusCode());
        assertEquals("public, max-age=31536000, immutable", css.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("gzip", css.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(css.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("default-src 'self'")),
                "security headers on resources too");

        HttpResponse<String> missing = get("/jakarta.faces.resource/css/none.css.xhtml?v=0123abcd");
        assertEquals(404, missing.statusCode());
        assertFalse(missing.headers().firstValue("Cache-Control").orElse("").contains("immutable"), "a 404 is not kept");
    }

    @Test
    void textIsCompressed() throws Exception {
        HttpResponse<String> page = get("/", "Accept-Encoding", "gzip");
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
    }
}
