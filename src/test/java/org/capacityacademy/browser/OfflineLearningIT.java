package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Learning offline (issue 19), on a device whose connection really goes: the browser reaches the
 * platform through an {@link Outage} that the test cuts (the service worker's requests fail too)
 * while DevTools takes the page offline. What the learner did offline reaches the server once the
 * connection returns, exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfflineLearningIT {

    private static final String COURSE = "/catalog/course.xhtml?code=gge-2013";
    private static final String PAPER = "/learning/offline-quiz.xhtml?course=gge-2013&quiz=orientation";
    private static final String FINAL = "/learning/quiz.xhtml?course=gge-2013&quiz=final";
    private static final Duration LONG = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    private static void enrolAndKeepOffline(Browser browser, String email) {
        Journeys.register(browser, email, "Mariam Sesay");
        Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
        browser.go(COURSE).click("enrol:submit");
    }

    @Test
    void aLearnerReadsCompletesAndAnswersOfflineAndTheServerGetsEachThingOnce() throws Exception {
        assumeTrue(Browser.isInstalled(), "Chromium and ChromeDriver are needed");
        String email = TestAccounts.uniqueEmail("offline");
        try (Outage outage = Outage.to(base); Browser browser = Browser.open(outage.url(), "en")) {
            enrolAndKeepOffline(browser, email);
            assertTrue(browser.text(".offline-switch label").startsWith("Available offline (about "),
                    browser.text(".offline-switch label"));
            browser.tick("#offline-switch");
            browser.waitUntilAll("#offline-status", "Available offline on this device", LONG);
            long bytes = Long.parseLong(browser.attribute("#offline-status", "data-bytes"));
            assertTrue(bytes > 100_000 && bytes < 1_048_576, "the whole course offline, under 1 MB: " + bytes);
            double announced = Double.parseDouble(browser.text(".offline-switch label").replaceAll("[^0-9.]", ""));
            double stored = bytes / 1_048_576.0;
            assertTrue(Math.abs(announced - stored) <= 0.35 * stored + 0.05,
                    "the size announced before (" + announced + " MB) is about the size stored (" + stored + " MB)");
            browser.go(COURSE);   // the switch as the learner sees it once the course is kept (checked by axe)
            assertTrue(browser.isChecked("offline-switch"));

            outage.cut();
            browser.offline(true);
            browser.goAgain(COURSE).click("continue");
            List<String> lessons = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                lessons.add(browser.text("main h1"));
                browser.tick("[id='complete:submit']");
                browser.waitUntilAll("#lesson-done", "saved on this device");
                if (i < 2) {
                    browser.click("next");
                }
            }
            assertEquals(3, lessons.stream().distinct().count(), "three lessons read offline: " + lessons);

            browser.go(PAPER);
            int questions = QuizJourneyIT.answerEveryQuestion(browser);
            browser.waitUntilCount(".save-status[data-state=device]", questions);
            browser.waitUntilAll(".save-status", "Saved on this device");
            browser.tick("#submit");
            browser.waitUntilAll("#submission", "It will be sent and graded when the connection returns");
            browser.waitUntilAll("#offline-waiting .count", "items are saved on this device");
            int waiting = Integer.parseInt(browser.text("#offline-waiting .count").replaceAll("\\D.*", ""));
            // three lessons, an answer per question (a matching question's per choice made), the submission
            assertTrue(waiting >= 3 + questions + 1, browser.text("#offline-waiting"));
            assertEquals(waiting, browser.elements("#offline-waiting li").size(), "each item is listed");
            Object queued = browser.asyncScript(FIRST_QUEUED);
            browser.tick("[id='sign-out:submit']");
            browser.waitUntilAll("#sign-out-warning", waiting + " item(s) have not been sent yet");

            browser.reopen(PAPER);
            browser.waitUntilCount(".save-status[data-state=device]", questions);
            browser.waitUntilAll("#submission", "It will be sent and graded when the connection returns");
            browser.go("/credential/my-records.xhtml");
            assertEquals("You are offline", browser.text("main h1"));
            browser.waitUntilAll("#offline-library > ul > li > a", "The 2013 UN GGE report");
            browser.goAgain(PAPER);

            outage.restore();
            browser.offline(false);
            browser.waitUntilCount("#see-grade", 1, LONG);
            browser.click("see-grade");
            assertTrue(browser.path().startsWith("/learning/review.xhtml?id="), browser.path());

            browser.go(FINAL.replace("final", "orientation"));
            assertEquals(1, browser.elements("#attempts tbody tr").size(), "one attempt, submitted once");
            browser.go("/learning/my-learning.xhtml");   // its switch, on, checked by axe
            assertTrue(browser.text(".my-course").contains("3 of 17 lessons completed"), browser.text(".my-course"));
            assertTrue(browser.isChecked("offline-switch-gge-2013"));

            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) queued;
            String again = browser.request("PUT", "/api/offline/items/" + item.get("id"), "application/json", item.get("body"));
            assertTrue(again.startsWith("200 ") && again.contains("\"state\":\"completed\""), "sent twice, stored once: " + again);
            browser.goAgain("/learning/my-learning.xhtml");
            assertTrue(browser.text(".my-course").contains("3 of 17 lessons completed"), browser.text(".my-course"));

            // a lesson now opens from the device, online too; its forms still post to the server
            browser.goAgain(COURSE).click("continue");
            Journeys.signOut(browser);
            assertEquals(1, browser.elements("#sign-in-link").size(), "signed out from a page kept on the device");
        }
    }

    /** The first item still waiting in the device's queue: its id and the body sent. */
    private static final String FIRST_QUEUED = "const done = arguments[arguments.length - 1];"
            + "const open = indexedDB.open('academy-offline');"
            + "open.onsuccess = () => { const all = open.result.transaction('queue').objectStore('queue').getAll();"
            + " all.onsuccess = () => { const first = all.result.sort((a, b) => a.seq - b.seq)[0];"
            + " done({id: first.id, body: JSON.stringify(first.body)}); }; };";

    @Test
    void whatOnePersonLeftWaitingOnASharedDeviceIsNeverShownOrSentForAnotherAndReachesTheServerWhenTheyReturn() {
        assumeTrue(Browser.isInstalled(), "Chromium and ChromeDriver are needed");
        String first = TestAccounts.uniqueEmail("offline-first");
        String second = TestAccounts.uniqueEmail("offline-second");
        try (Outage outage = Outage.to(base); Browser device = Browser.open(outage.url(), "en")) {
            enrolAndKeepOffline(device, first);
            device.tick("#offline-switch");
            device.waitUntilAll("#offline-status", "Available offline on this device", LONG);
            outage.cut();
            device.offline(true);
            device.goAgain(COURSE).click("continue");
            device.tick("[id='complete:submit']");
            device.waitUntilAll("#lesson-done", "saved on this device");
            device.waitUntilAll("#offline-waiting .count", "1 item is saved on this device");

            // the first person's session ends while away (cookies gone); the second signs in on the same device
            device.clearCookies();
            outage.restore();
            device.offline(false);
            Journeys.register(device, second, "Kofi Mensah");
            Journeys.signInSuccessfully(device, second, TestAccounts.PASSWORD);
            device.go(COURSE).click("enrol:submit");
            device.goAgain("/learning/my-learning.xhtml");
            assertTrue(device.elements("#offline-waiting:not([hidden])").isEmpty(), "nothing of the first person's is listed");
            assertTrue(device.text(".my-course").contains("0 of 17 lessons completed"), device.text(".my-course"));
            assertTrue(device.elements("#offline-switch-gge-2013:checked").isEmpty(), "nor is their download shown as this person's");
            Journeys.signOut(device);

            Journeys.signInSuccessfully(device, first, TestAccounts.PASSWORD);   // their page sends what waited for them
            long until = System.nanoTime() + LONG.toNanos();
            do {
                device.goAgain("/learning/my-learning.xhtml");
            } while (!device.text(".my-course").contains("1 of 17 lessons completed") && System.nanoTime() < until);
            assertTrue(device.text(".my-course").contains("1 of 17 lessons completed"), device.text(".my-course"));
        }
    }

    @Test
    void thePlatformInstallsAsAnAppInThePersonsLanguageAndServesItsOwnOfflinePage() {
        assumeTrue(Browser.isInstalled(), "Chromium and ChromeDriver are needed");
        try (Outage outage = Outage.to(base); Browser visitor = Browser.open(outage.url(), "fr")) {
            visitor.go("/");
            String manifest = visitor.request("GET", "/manifest.webmanifest", "application/json", null);
            assertTrue(manifest.startsWith("200 ") && manifest.contains("\"lang\":\"fr\"")
                    && manifest.contains("\"display\":\"standalone\"") && manifest.contains("consultable hors connexion"), manifest);
            assertEquals(200, visitor.fetchStatus("/resources/icons/icon-192.png"));
            assertEquals(200, visitor.fetchStatus("/resources/icons/icon-512.png"));
            assertEquals("activated", visitor.asyncScript("const done = arguments[arguments.length - 1];"
                    + "navigator.serviceWorker.ready.then(r => done(r.active.state));"));
            visitor.goAgain("/catalog/courses.xhtml");   // the worker has kept the offline page by now

            outage.cut();
            visitor.offline(true);
            visitor.goAgain("/account/register.xhtml");
            assertEquals("Vous êtes hors connexion", visitor.text("main h1"));
            assertTrue(visitor.elements("#offline-library li").isEmpty(), "a visitor's device keeps no course");
            assertTrue(visitor.text("#offline-library .none").startsWith("Aucun cours"), visitor.text("#offline-library"));
        }
    }

    @Test
    void aFinalAssessmentWhoseConnectionDropsHalfwayKeepsEveryAnswer() {
        assumeTrue(Browser.isInstalled(), "Chromium and ChromeDriver are needed");
        String email = TestAccounts.uniqueEmail("offline-final");
        try (Outage outage = Outage.to(base); Browser browser = Browser.open(outage.url(), "en")) {
            enrolAndKeepOffline(browser, email);
            browser.go(FINAL).click("start:submit");
            String attemptPage = browser.path();
            List<org.openqa.selenium.WebElement> questions = browser.elements("fieldset.question");
            int half = questions.size() / 2;
            QuizJourneyIT.answer(browser, questions.subList(0, half));
            browser.waitUntilCount(".save-status[data-state=saved]", half);

            outage.cut();
            browser.offline(true);
            QuizJourneyIT.answer(browser, browser.elements("fieldset.question").subList(half, questions.size()));
            browser.waitUntilCount(".save-status[data-state=device]", questions.size() - half);
            browser.reopen(attemptPage);
            browser.waitUntilCount(".save-status[data-state=device]", questions.size() - half);

            outage.restore();
            browser.offline(false);
            browser.waitUntilCount(".save-status[data-state=saved]", questions.size() - half, LONG);
            browser.goAgain(attemptPage);
            assertEquals(questions.size(), browser.elements(".save-status[data-saved=true]").size(),
                    "the server holds every answer, those given offline too");
            browser.click("attempt:submit");
            assertTrue(browser.path().startsWith("/learning/review.xhtml?id="), browser.path());
        }
    }

    @Test
    void anAnswerThatReachesTheServerAfterTheTimeIsUpIsRefusedAndThePageSaysSo() throws Exception {
        assumeTrue(Browser.isInstalled(), "Chromium and ChromeDriver are needed");
        String email = TestAccounts.uniqueEmail("offline-late");
        try (Outage outage = Outage.to(base); Browser browser = Browser.open(outage.url(), "en")) {
            enrolAndKeepOffline(browser, email);
            browser.go(FINAL).click("start:submit");
            String attempt = browser.path().substring(browser.path().indexOf("id=") + 3);
            List<org.openqa.selenium.WebElement> questions = browser.elements("fieldset.question");
            QuizJourneyIT.answer(browser, questions.subList(0, 1));
            browser.waitUntilCount(".save-status[data-state=saved]", 1);

            outage.cut();
            browser.offline(true);
            QuizJourneyIT.answer(browser, browser.elements("fieldset.question").subList(1, 2));
            browser.waitUntilCount(".save-status[data-state=device]", 1);
            HttpResponse<String> timeUp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "api/test/attempts/" + attempt + "/time-up")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, timeUp.statusCode(), "the attempt's time runs out on the server while the device is offline");

            outage.restore();
            browser.offline(false);
            browser.waitUntilCount(".save-status[data-state=refused]", 1, LONG);
            String refused = browser.text(".save-status[data-state=refused]");
            assertTrue(refused.startsWith("Not accepted: this answer reached the server after the time allowed"), refused);
            assertTrue(browser.text("#submission").startsWith("Not accepted"), browser.text("#submission"));
            browser.go(FINAL);
            assertTrue(browser.text("#attempts").contains("(time limit)"), browser.text("#attempts"));
        }
    }
}
