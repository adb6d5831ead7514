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
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The journey, across the authoring pages: an instructor creates a course, adds a module
 * with a lesson and a three-question quiz, previews both, publishes; a learner then enrols, reads
 * the lesson and takes the quiz. Every page passes the accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthoringJourneyIT {

    @ArquillianResource
    URL base;

    @Test
    void anInstructorBuildsAModuleWithALessonAndAQuizAndALearnerTakesIt() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String code = "journey-" + tag;
        String instructor = TestAccounts.uniqueEmail("journey-author");
        String name = "Journey Author " + tag;
        Journeys.seedInstructors(base, instructor, name);

        try (Browser author = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(author, instructor, TestAccounts.PASSWORD);
            author.click("authoring-link");
            author.fill("create:code", code).tick("#create\\:languages\\:1").choose("create:defaultLanguage", "en")
                    .fill("create:title-en", "Norms in practice " + tag).choose("create:report", "gge-2013").click("create:submit");
            assertTrue(author.path().startsWith("/author/course.xhtml"), author.path());

            author.click("outline:add-module").fill("outline:module-id", "norms")
                    .fill("outline:module-title-en", "Norms").click("outline:save-module");
            author.click("outline:modules:1:add-lesson").fill("outline:modules:1:lesson-id", "the-charter")
                    .fill("outline:modules:1:lesson-title-en", "The Charter applies").click("outline:modules:1:save-lesson");
            String lessonEditor = local(author.attribute("a[href*='lesson.xhtml'][href*='the-charter']", "href"));
            String bank = local(author.attribute("a[href*='bank.xhtml'][href*='norms']", "href"));

            author.go(lessonEditor).fill("edit:languages:0:markdown",
                    "States agreed that **international law** applies to their use of ICT.");
            author.choose("edit:languages:0:section", "19").click("edit:languages:0:insert").fill("edit:minutes", "9")
                    .click("edit:save");
            assertTrue(author.text("#messages").contains("The lesson is saved in the draft"), author.text("#messages"));
            author.clickLink("See it as learners will");
            assertTrue(author.text("#preview-banner").contains("Preview of the draft"));
            assertEquals("The Charter applies", author.text("h1"));
            assertTrue(author.text(".paragraph#para-19 blockquote").length() > 20, "the quoted paragraph is shown");

            author.go(bank).click("add-question").fill("question:id", "norms-1").fill("question:cites", "19")
                    .fill("question:texts:0:text", "What applies to States' use of ICT?")
                    .fill("question:options:0:langs:0:answer", "International law")
                    .fill("question:options:1:langs:0:answer", "No rules at all")
                    .clickAgain("question:options:0:right").click("question:save");
            assertEquals("Question norms-1 was saved in every language.", author.text("#messages li"));
            author.click("add-question").fill("question:id", "norms-2").fill("question:cites", "19")
                    .choose("question:type", "multiple-choice").click("question:change-type")
                    .fill("question:texts:0:text", "Which apply? (Choose all that apply.)")
                    .fill("question:options:0:langs:0:answer", "The Charter of the United Nations")
                    .fill("question:options:1:langs:0:answer", "International law")
                    .fill("question:options:2:langs:0:answer", "Nothing")
                    .fill("question:options:0:weight", "50").fill("question:options:1:weight", "50")
                    .fill("question:options:2:weight", "-100").click("question:save");
            assertEquals("Question norms-2 was saved in every language.", author.text("#messages li"));
            author.click("add-question").fill("question:id", "norms-3").fill("question:cites", "19")
                    .choose("question:type", "matching").click("question:change-type")
                    .fill("question:texts:0:text", "Match each term with its meaning.");
            for (int i = 0; i < 3; i++) {
                author.fill("question:options:" + i + ":langs:0:answer", "term " + i)
                        .fill("question:options:" + i + ":langs:0:match", "meaning " + i);
            }
            author.click("question:save");
            assertEquals("Question norms-3 was saved in every language.", author.text("#messages li"));

            author.click("preview");
            assertTrue(author.text("#preview-banner").startsWith("Preview of the draft."));
            assertEquals(3, author.elements("fieldset.question").size(), "the three questions, as learners get them");

            author.go("/author/publish.xhtml?course=" + code);
            assertTrue(author.texts("#changes li").contains("Module norms: added"), author.text("#changes"));
            author.click("publish:submit");
            assertTrue(String.join(" ", author.texts(".notice")).startsWith("Published."), author.text("main"));
        }

        String learner = TestAccounts.uniqueEmail("journey-learner");
        try (Browser browser = Browser.open(base, "en")) {
            Journeys.register(browser, learner, "Journey Learner");
            Journeys.signInSuccessfully(browser, learner, TestAccounts.PASSWORD);
            browser.go("/catalog/course.xhtml?code=" + code);
            assertEquals("Norms in practice " + tag, browser.text("h1"));
            browser.click("enrol:submit");
            browser.go("/catalog/lesson.xhtml?course=" + code + "&lesson=the-charter");
            assertTrue(browser.text(".explanation").contains("international law"), browser.text(".explanation"));

            browser.go("/learning/quiz.xhtml?course=" + code + "&quiz=norms");
            assertTrue(browser.text("#rules").contains("3"), browser.text("#rules"));
            browser.click("start:submit");
            for (WebElement question : browser.elements("fieldset.question")) {
                String type = question.getAttribute("data-type");
                if (type.equals("matching")) {
                    for (WebElement pair : question.findElements(By.cssSelector(".pair"))) {
                        String term = pair.findElement(By.tagName("label")).getText();
                        new Select(pair.findElement(By.tagName("select"))).selectByVisibleText(term.replace("term", "meaning"));
                    }
                } else {
                    for (WebElement option : question.findElements(By.cssSelector(".option"))) {
                        String label = option.findElement(By.tagName("label")).getText();
                        if (label.equals("International law") || label.equals("The Charter of the United Nations")) {
                            browser.press(option.findElement(By.tagName("input")));
                        }
                    }
                }
            }
            browser.waitUntilCount(".save-status[data-state=saved]", 3);
            browser.click("attempt:submit");
            assertTrue(browser.path().startsWith("/learning/review.xhtml"), browser.path());
            assertTrue(browser.text("#score").matches("Score: 100(\\.0+)?% \\(pass mark 70%\\)"), browser.text("#score"));
        }
    }

    /** The path of an address on this server, for {@link Browser#go}. */
    private String local(String href) {
        return href.substring(href.indexOf("/author/"));
    }
}
