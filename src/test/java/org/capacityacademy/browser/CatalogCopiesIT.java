package org.capacityacademy.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lesson page, and a visitor's catalogue and course page, are rendered once and copied for
 * every reader in the same situation ({@code learning.boundary.CatalogCopies}): each copy must
 * still be the reader's own page, with their name (escaped), their account's number, a nonce of
 * its own that the policy names, their progress and their language; its forms must still post;
 * and nobody's page may carry another's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogCopiesIT {

    private static final String COURSE = "gge-2013";
    private static final String LESSON = "/catalog/lesson.xhtml?course=" + COURSE + "&lesson=norms-charter-sovereignty-rights";
    private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern NONCES = Pattern.compile("nonce=\"([^\"]+)\"|name=\"primefaces.nonce\" value=\"([^\"]+)\"");
    private static final Pattern PERSON = Pattern.compile("<meta name=\"academy-person\" content=\"([^\"]*)\"");
    private static final Pattern COMPLETE_URL = Pattern.compile("data-complete-url=\"([^\"]+)\"");

    @ArquillianResource
    URL base;

    @Test
    void everyReaderGetsTheirOwnNameNumberAndNonceFromTheSameCopy() throws Exception {
        HttpLearner amina = new HttpLearner(base, "Amina \"Ama\" Diallo & Partners");
        HttpLearner zoe = new HttpLearner(base, "Zoë O'Brien");
        amina.enrol(COURSE);
        zoe.enrol(COURSE);

        Set<String> nonces = new HashSet<>();
        String aminaNumber = null;
        String zoeNumber = null;
        for (int round = 0; round < 3; round++) {
            String aminas = ownPage(amina, nonces);
            String zoes = ownPage(zoe, nonces);
            assertTrue(aminas.contains("<strong>Amina &quot;Ama&quot; Diallo &amp; Partners</strong>"), "her name, escaped");
            assertTrue(zoes.contains("<strong>Zoë O&#39;Brien</strong>") || zoes.contains("<strong>Zoë O'Brien</strong>"), "his name");
            assertFalse(aminas.contains("Zoë"), "never another reader's name");
            assertFalse(zoes.contains("Amina"), "never another reader's name");
            assertFalse(aminas.contains(amina.email()) || zoes.contains(zoe.email()), "no address in the page");
            aminaNumber = number(aminas);
            zoeNumber = number(zoes);
            assertNotEquals(aminaNumber, zoeNumber, "each page names its own reader's account for the device's queue");
        }
        assertEquals(6, nonces.size(), "a nonce of its own for every response");

        HttpLearner visitor = new HttpLearner(base);
        HttpResponse<String> visitors = visitor.get(LESSON);
        assertEquals(200, visitors.statusCode());
        assertFalse(visitors.body().contains("signed-in-as") || visitors.body().contains("Amina") || visitors.body().contains("Zoë"),
                "a visitor's copy names nobody");
        assertFalse(visitors.body().contains("academy-person"));
        assertFalse(visitors.headers().firstValue("Set-Cookie").isPresent(), "a visitor still gets no session");
    }

    @Test
    void completingTheLessonShowsOnTheReadersNextViewOnly() throws Exception {
        HttpLearner done = new HttpLearner(base, "Completing Reader");
        HttpLearner other = new HttpLearner(base, "Other Reader");
        done.enrol(COURSE);
        other.enrol(COURSE);
        String before = ownPage(done, new HashSet<>());
        assertTrue(before.contains("id=\"lesson-end\""), "not completed yet");
        ownPage(other, new HashSet<>());

        Matcher url = COMPLETE_URL.matcher(before);
        assertTrue(url.find());
        HttpResponse<String> completed = done.send(url.group(1), request -> request
                .header("Sec-Fetch-Site", "same-origin").PUT(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, completed.statusCode(), completed.body());

        String after = ownPage(done, new HashSet<>());
        assertTrue(after.contains("id=\"lesson-done\""), "completed, at the next view");
        assertFalse(after.contains("id=\"lesson-end\""));
        assertTrue(ownPage(other, new HashSet<>()).contains("id=\"lesson-end\""), "the other reader has not completed it");
    }

    @Test
    void theFormsOfACopyPostFromThisSiteOnly() throws Exception {
        HttpLearner reader = new HttpLearner(base, "Form Reader");
        reader.enrol(COURSE);
        String page = ownPage(reader, new HashSet<>());
        String nonce = nonceOf(page);
        String form = "complete=complete&course=" + COURSE + "&lesson=norms-charter-sovereignty-rights"
                + "&complete%3Asubmit=Mark&jakarta.faces.ViewState=stateless&primefaces.nonce=" + nonce;

        HttpResponse<String> forged = reader.send("/catalog/lesson.xhtml", request -> request
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertNotEquals(500, forged.statusCode());
        assertTrue(ownPage(reader, new HashSet<>()).contains("id=\"lesson-end\""), "a post from another site completes nothing");

        HttpResponse<String> posted = reader.send("/catalog/lesson.xhtml", request -> request
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(302, posted.statusCode(), posted.body());
        assertTrue(ownPage(reader, new HashSet<>()).contains("id=\"lesson-done\""), "the page's own form completes the lesson");
    }

    @Test
    void visitorsGetTheCatalogueAndCoursePageInTheirOwnLanguageWithANonceOfTheirOwn() throws Exception {
        Set<String> nonces = new HashSet<>();
        for (int round = 0; round < 2; round++) {
            for (String[] page : new String[][] {{"/catalog/courses.xhtml", "id=\"course-" + COURSE + "\""},
                    {"/catalog/course.xhtml?code=" + COURSE, "lesson.xhtml?course=" + COURSE}}) {
                HttpResponse<String> english = visitorPage(page[0], "en", nonces);
                HttpResponse<String> french = visitorPage(page[0], "fr", nonces);
                assertTrue(english.body().contains(page[1]) && french.body().contains(page[1]), page[0]);
                assertTrue(english.body().contains("lang=\"en\" dir=\"ltr\"><head"), "an English page");
                assertTrue(french.body().contains("lang=\"fr\" dir=\"ltr\"><head"), "a French page, not the English copy");
                assertTrue(french.body().contains(">Accueil<") && !french.body().contains(">Home<"), "French words");
                assertFalse(english.headers().firstValue("Set-Cookie").isPresent(), "no session for a visitor");
            }
        }
        assertEquals(8, nonces.size(), "a nonce of its own for every response");
        HttpResponse<String> unknown = new HttpLearner(base).get("/catalog/course.xhtml?code=no-such-course");
        assertEquals(404, unknown.statusCode(), "an unknown course is still not found");
    }

    private HttpResponse<String> visitorPage(String path, String language, Set<String> nonces) throws Exception {
        HttpResponse<String> page = new HttpLearner(base).send(path, request -> request.setHeader("Accept-Language", language).GET());
        assertEquals(200, page.statusCode(), path);
        Matcher named = POLICY_NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(named.find());
        Matcher used = NONCES.matcher(page.body());
        while (used.find()) {
            assertEquals(named.group(1), used.group(1) != null ? used.group(1) : used.group(2));
        }
        assertTrue(nonces.add(named.group(1)), "a nonce never repeats");
        assertFalse(page.body().contains("\uE000") || page.body().contains("signed-in-as"));
        return page;
    }

    /** The reader's lesson page: a 200 whose every nonce is the one its policy names, and new; no marker left. */
    private String ownPage(HttpLearner reader, Set<String> nonces) throws Exception {
        HttpResponse<String> page = reader.get(LESSON);
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher named = POLICY_NONCE.matcher(policy);
        assertTrue(named.find(), policy);
        String nonce = named.group(1);
        Matcher used = NONCES.matcher(page.body());
        int count = 0;
        while (used.find()) {
            assertEquals(nonce, used.group(1) != null ? used.group(1) : used.group(2), "every nonce of the page is the policy's");
            count++;
        }
        assertTrue(count >= 3, "the page's scripts and forms carry the nonce");
        assertTrue(nonces.add(nonce), "a nonce never repeats");
        assertFalse(page.body().contains("\uE000"), "no marker is left in a page");
        assertEquals("private, no-store", page.headers().firstValue("Cache-Control").orElse(""), "a signed-in page is not kept");
        assertTrue(page.body().contains("class=\"signed-in-as\""));
        return page.body();
    }

    private static String number(String page) {
        Matcher person = PERSON.matcher(page);
        assertTrue(person.find(), "the page names its reader's account for the device's queue");
        assertTrue(person.group(1).matches("[0-9]+"), person.group(1));
        return person.group(1);
    }

    private static String nonceOf(String page) {
        Matcher nonce = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(nonce.find());
        return nonce.group(1);
    }
}
