package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learner takes a module quiz: every answer saved as given, kept across browsers, submitted once,
 * reviewed, and the review leads on to the next module.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizJourneyIT {

    private static final String QUIZ = "/learning/quiz.xhtml?course=gge-2013&quiz=introduction";

    @ArquillianResource
    URL base;

    /** Gives an answer to every question the way a person would: a click, a choice, a few words. */
    static int answerEveryQuestion(Browser browser) {
        List<WebElement> questions = browser.elements("fieldset.question");
        answer(browser, questions);
        return questions.size();
    }

    /** Gives an answer to each of these questions (a part of an attempt, say). */
    static void answer(Browser browser, List<WebElement> questions) {
        for (WebElement question : questions) {
            switch (question.getAttribute("data-type")) {
                case "single-choice", "true-false", "multiple-choice" -> browser.press(question.findElement(By.cssSelector("input[type=radio], input[type=checkbox]")));
                case "matching" -> question.findElements(By.tagName("select"))
                        .forEach(select -> new Select(select).selectByIndex(1));
                default -> browser.type(question.findElement(By.cssSelector("input.short-answer")), "General Assembly");
            }
        }
    }

    @Test
    void learnerAnswersLeavesComesBackFromAnotherBrowserSubmitsAndReviews() {
        String email = TestAccounts.uniqueEmail("quiz");
        String attempt;
        int questions;
        try (Browser browser = Browser.open(base, "en")) {
            Journeys.register(browser, email, "Amina Diallo");
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            browser.go("/catalog/course.xhtml?code=gge-2013");
            assertTrue(browser.pageSource().contains("quiz=introduction"), "the syllabus links each module's quiz");
            browser.go(QUIZ);
            assertTrue(browser.text("#enrol-first").startsWith("Enrol in the course"));
            browser.go("/catalog/course.xhtml?code=gge-2013").click("enrol:submit");

            browser.go(QUIZ);
            assertTrue(browser.text("#rules").contains("Pass mark: 70%"), browser.text("#rules"));
            browser.click("start:submit");
            assertTrue(browser.path().startsWith("/learning/attempt.xhtml?id="), browser.path());
            attempt = browser.path().substring(browser.path().indexOf("id=") + 3);
            questions = answerEveryQuestion(browser);
            browser.waitUntilCount(".save-status[data-state=saved]", questions);
            browser.waitUntilAll(".save-status", "Saved on the server at");
        }

        try (Browser other = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(other, email, TestAccounts.PASSWORD);
            other.go(QUIZ).click("continue");
            assertEquals("/learning/attempt.xhtml?id=" + attempt, other.path(), "the attempt under way resumes");
            assertEquals(questions, other.elements(".save-status[data-saved=true]").size(), "every answer was kept");
            assertTrue(other.text("#answered-count").startsWith(questions + " of " + questions));
            List<WebElement> chosen = other.elements("fieldset.question input:checked, fieldset.question select");
            assertFalse(chosen.isEmpty());

            other.click("attempt:submit");
            assertEquals("/learning/review.xhtml?id=" + attempt, other.path());
            assertTrue(other.text("#score").matches("Score: [\\d.]+% \\(pass mark 70%\\)"), other.text("#score"));
            assertEquals(questions, other.elements("article.reviewed").size(), "feedback after submit, question by question");
            assertTrue(other.attribute(".cites a", "href").contains("/catalog/lesson.xhtml?course=gge-2013&lesson="));
            assertTrue(other.attribute(".cites a", "href").contains("#para-"));
            assertEquals("Next in the course: Dual-use technology and malicious use", other.text("#next-step"),
                    "the review of a module's quiz leads on to the next module's first lesson");
            other.click("next-lesson");
            assertEquals("/catalog/lesson.xhtml?course=gge-2013&lesson=threats-dual-use", other.path());

            other.go("/learning/attempt.xhtml?id=" + attempt);
            assertEquals("/learning/review.xhtml?id=" + attempt, other.path(), "a submitted attempt cannot be answered again");
            other.go(QUIZ);
            assertEquals(1, other.elements("#attempts tbody tr").size());
            assertTrue(other.elements("#continue").isEmpty());
        }
    }

    @Test
    void finalAssessmentInArabicIsTimedAndKeepsItsAnswersForLater() {
        String email = TestAccounts.uniqueEmail("final");
        try (Browser browser = Browser.open(base, "ar")) {
            Journeys.register(browser, email, "ليلى حداد");
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            browser.go("/catalog/course.xhtml?code=gge-2013").click("enrol:submit");
            browser.go("/learning/quiz.xhtml?course=gge-2013&quiz=final");
            assertTrue(browser.text("#rules").contains("٤٠"), browser.text("#rules"));
            browser.click("start:submit");
            assertTrue(browser.text("#time-left").startsWith("الوقت المتبقي"), browser.text("#time-left"));
            assertEquals(24, browser.elements("fieldset.question").size());
            browser.tick("fieldset.question input[type=radio], fieldset.question input[type=checkbox]");
            browser.waitUntilAll(".save-status[data-state=saved]", "حُفظت");
            browser.click("attempt:submit");
            assertTrue(browser.path().startsWith("/learning/review.xhtml"), browser.path());
            assertTrue(browser.text("#feedback-later").contains("بعد النجاح"), "right answers wait until passed or out of attempts");
            assertTrue(browser.elements("article.reviewed").isEmpty());
        }
    }
}
