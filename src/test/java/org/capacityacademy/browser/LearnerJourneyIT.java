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

/** A learner registers, signs in, edits the profile and signs out: in English and in Arabic. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearnerJourneyIT {

    @ArquillianResource
    URL base;

    @Test
    void learnerRegistersSignsInEditsProfileAndSignsOutInEnglish() {
        String email = TestAccounts.uniqueEmail("fatou");
        try (Browser browser = Browser.open(base, "en")) {
            Journeys.register(browser, email, "Fatou Ndiaye");
            assertTrue(browser.path().startsWith("/sign-in.xhtml"), () -> browser.path() + " " + browser.texts(".field-error, .form-errors li"));
            assertEquals("Your account has been created. You can sign in now.", browser.text(".notice"));

            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            assertEquals("Fatou Ndiaye", browser.text(".signed-in-as strong"));

            browser.click("profile-link");
            assertEquals(email, browser.text("#email"));
            assertEquals("SN", browser.selected("profile:country"));
            browser.fill("profile:fullName", "Fatou Ndiaye Sarr")
                    .fill("profile:jobTitle", "Head of incident response")
                    .click("profile:submit");
            assertEquals("Your profile has been saved.", browser.text(".notice"));
            assertEquals("Fatou Ndiaye Sarr", browser.value("profile:fullName"));
            assertEquals("Head of incident response", browser.value("profile:jobTitle"));

            Journeys.signOut(browser);
            assertEquals("You have signed out.", browser.text(".notice"));
            browser.go("/account/profile.xhtml");
            assertTrue(browser.path().startsWith("/sign-in.xhtml"), "signed out: the profile asks to sign in again");
        }
    }

    @Test
    void learnerDoesTheSameInArabicRightToLeftAndKeepsTheLanguage() {
        String email = TestAccounts.uniqueEmail("layla");
        try (Browser browser = Browser.open(base, "ar")) {
            browser.go("/");
            assertEquals("ar", browser.attribute("html", "lang"));
            assertEquals("rtl", browser.attribute("html", "dir"));

            Journeys.register(browser, email, "ليلى المنصوري");
            assertEquals("rtl", browser.attribute("html", "dir"));
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            assertEquals("ليلى المنصوري", browser.text(".signed-in-as strong"));

            browser.click("profile-link");
            assertEquals("ar", browser.selected("profile:language"), "registered in the page's language");
            browser.choose("profile:language", "zh").click("profile:submit");
            assertEquals("zh", browser.attribute("html", "lang"));
            assertEquals("ltr", browser.attribute("html", "dir"));
            Journeys.signOut(browser);
        }
        try (Browser elsewhere = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(elsewhere, email, TestAccounts.PASSWORD);
            assertEquals("zh", elsewhere.attribute("html", "lang"), "the profile's language follows the person");
        }
    }

    @Test
    void visitorSwitchesLanguageAndTheChoiceSticks() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("/sign-in.xhtml").clickLink("Русский");
            assertEquals("ru", browser.attribute("html", "lang"));
            assertTrue(browser.path().startsWith("/sign-in.xhtml"), "back on the same page");
            browser.go("/");
            assertEquals("ru", browser.attribute("html", "lang"));
        }
    }
}
