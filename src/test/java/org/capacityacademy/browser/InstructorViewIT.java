package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An instructor who authors a course opens its learners (filtering them, downloading them as
 * CSV) and its question statistics, in English and in Arabic; an instructor who does not author
 * it gets 403 on both pages and the download. The course and its learners' answers are seeded
 * by the test deployment's {@code /api/test/insight-course}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InstructorViewIT {

    @ArquillianResource
    URL base;

    @Test
    void anAuthorReadsTheLearnersAndTheQuestionsAndAnotherInstructorIsRefused() {
        String code = "view-" + UUID.randomUUID().toString().substring(0, 8);
        String author = TestAccounts.uniqueEmail("author");
        String outsider = TestAccounts.uniqueEmail("outsider");
        try (Browser admin = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            byte[] seeded = admin.fetchBytes("/api/test/insight-course?code=" + code + "&author=" + author + "&outsider=" + outsider);
            assertEquals(4, new String(seeded, StandardCharsets.UTF_8).split("\n").length, "four learners seeded");
        }

        try (Browser browser = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(browser, author, TestAccounts.PASSWORD);
            browser.go("/author/learners.xhtml?course=" + code);
            assertEquals("Learners of The 2013 UN GGE report: ICT and international security", browser.text("h1"));
            assertEquals("4 learners found", browser.text("#learner-count").split(" · ")[0]);
            List<String> names = browser.texts("#learners tbody th");
            assertEquals(4, names.size());
            assertTrue(names.get(0).startsWith("Alpha " + code), names.get(0));
            assertEquals("Best 100 %, passed (attempts: 1)", browser.text("#learners tbody tr:nth-of-type(1) td[data-quiz='norms']"));
            assertEquals("Best 66.7 %, not passed (attempts: 1)", browser.text("#learners tbody tr:nth-of-type(3) td[data-quiz='norms']"));
            assertEquals("Not taken", browser.text("#learners tbody tr:nth-of-type(1) td[data-quiz='introduction']"));
            assertEquals("In progress", browser.text("#learners tbody tr:nth-of-type(1) td.status"));

            browser.fill("q", "bravo").choose("status", "in-progress").click("search-submit");
            assertTrue(browser.path().contains("q=bravo") && browser.path().contains("status=in-progress"), browser.path());
            assertEquals(1, browser.texts("#learners tbody tr").size());
            assertTrue(browser.text("#learners tbody th").startsWith("Bravo " + code));

            byte[] csv = browser.fetchBytes("/api/author/learners.csv?course=" + code);
            String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
            assertTrue(lines[0].startsWith("Name,E-mail address,Country,Enrolled on,Lessons done,Lessons required,"), lines[0]);
            assertEquals(5, lines.length, "the header and the four learners");
            assertTrue(lines[1].startsWith("Alpha " + code + ","), lines[1]);
            assertEquals(400, browser.fetchStatus("/api/author/learners.csv?course=" + code + "&status=asleep"));
            assertEquals(404, browser.fetchStatus("/author/learners.xhtml"), "no course named");

            browser.goAgain("/author/learners.xhtml?course=" + code + "&status=asleep");
            assertEquals(List.of("Status: choose one of the list; learners of every status are shown."), browser.texts(".form-errors li"));

            browser.click("questions-link");
            assertEquals("Questions of The 2013 UN GGE report: ICT and international security", browser.text("h1"));
            assertEquals("8 questions are flagged", browser.text("#flagged"));
            assertEquals("4", browser.text("#question-norms-1 .answered"));
            assertEquals("25%", browser.text("#question-norms-1 .correct"));
            assertTrue(browser.text("#question-norms-1 .wrong").startsWith("Replacing existing international law"),
                    browser.text("#question-norms-1 .wrong"));
            assertTrue(browser.text("#question-norms-1 .wrong").endsWith("50% of answers (2)"), browser.text("#question-norms-1 .wrong"));
            assertEquals(List.of("Too hard", "A wrong answer beats the right one"), browser.texts("#question-norms-1 .flag"));
            assertEquals("True 50% of answers (2)", browser.text("#question-norms-8 .wrong"));
            assertEquals("Legal approaches → States must not use them to commit internationally wrongful acts 25% of answers (1)",
                    browser.text("#question-norms-10 .wrong"));
            assertEquals("0", browser.text("#question-introduction-1 .answered"));
            browser.click("learners-link");
            assertEquals("/author/learners.xhtml?course=" + code, browser.path());

            browser.clickLink("العربية");
            try {
                assertEquals("rtl", browser.attribute("html", "dir"));
                assertTrue(browser.text("h1").startsWith("متعلمو "), browser.text("h1"));
                browser.go("/author/questions.xhtml?course=" + code);
                assertTrue(browser.text("h1").startsWith("أسئلة "), browser.text("h1"));
                assertEquals("صعب جدًا", browser.texts("#question-norms-1 .flag").get(0));
            } finally {
                browser.clickLink("English");
            }
        }

        try (Browser browser = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(browser, outsider, TestAccounts.PASSWORD);
            assertEquals(403, browser.fetchStatus("/author/learners.xhtml?course=" + code));
            assertEquals(403, browser.fetchStatus("/author/questions.xhtml?course=" + code));
            assertEquals(403, browser.fetchStatus("/api/author/learners.csv?course=" + code));
            browser.go("/author/questions.xhtml?course=" + code);
            assertTrue(browser.texts("#learners, .question-figures").isEmpty(), "nothing of the course is shown");
        }
    }
}
