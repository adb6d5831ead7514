package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner enrols, completes a lesson, finds their place again, leaves and comes back without losing progress. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearnerProgressIT {

    @ArquillianResource
    URL base;

    @Test
    void learnerEnrolsCompletesALessonAndContinuesWhereTheyLeftOff() {
        String email = TestAccounts.uniqueEmail("progress");
        try (Browser browser = Browser.open(base, "en")) {
            Journeys.register(browser, email, "Kofi Mensah");
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            browser.click("my-learning-link");
            assertTrue(browser.text("#no-courses").startsWith("You are not enrolled"));

            browser.go("/catalog/course.xhtml?code=gge-2013").click("enrol:submit");
            assertTrue(browser.text("#course-progress").contains("0%"), browser.text("#course-progress"));
            browser.click("continue");
            assertTrue(browser.path().contains("lesson=orientation-at-a-glance"), browser.path());
            browser.click("complete:submit");
            assertTrue(browser.text("#lesson-done").contains("You have completed this lesson."));

            browser.go("/catalog/lesson.xhtml?course=gge-2013&lesson=norms-international-law");
            browser.click("my-learning-link");
            assertTrue(browser.text(".my-course").contains("1 of 17 lessons completed (5%)"), browser.text(".my-course"));
            assertTrue(browser.text("#courses\\:0\\:continue").endsWith("Norms derived from existing international law"));
            browser.click("courses:0:continue");
            assertTrue(browser.path().contains("lesson=norms-international-law"), "resumes at the last lesson opened: " + browser.path());

            browser.go("/catalog/course.xhtml?code=gge-2013").click("unenrol:submit");
            browser.click("my-learning-link");
            assertTrue(browser.text("#no-courses").startsWith("You are not enrolled"));
            browser.go("/catalog/course.xhtml?code=gge-2013").click("enrol:submit");
            assertTrue(browser.text("#course-progress").contains("5%"), "progress kept: " + browser.text("#course-progress"));
            assertTrue(browser.text("label[for=module-progress-0]").endsWith("33%"), "1 of the 3 orientation lessons: "
                    + browser.text("label[for=module-progress-0]"));
            assertEquals(1, browser.texts("ol.lessons .done").size());
        }
    }

    @Test
    void visitorIsInvitedToSignInToEnrol() {
        try (Browser browser = Browser.open(base, "ar")) {
            browser.go("/catalog/course.xhtml?code=gge-2013");
            assertTrue(browser.text("#sign-in-to-enrol").contains("سجّل الدخول"));
            browser.go("/learning/my-learning.xhtml");
            assertTrue(browser.path().startsWith("/sign-in.xhtml"), browser.path());
        }
    }
}
