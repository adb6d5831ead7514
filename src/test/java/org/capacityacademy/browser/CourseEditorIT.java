package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An instructor creates a course in the browser, adds a module and a lesson, moves them with
 * the keyboard, sets the module's quiz, publishes, and works in Arabic too; every page passes
 * the accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseEditorIT {

    @ArquillianResource
    URL base;

    /** A person registered and made an instructor (see {@link Journeys#seedInstructors}): their e-mail address. */
    private String instructor(String name) {
        String email = TestAccounts.uniqueEmail("author");
        Journeys.seedInstructors(base, email, name);
        return email;
    }

    @Test
    void anInstructorCreatesACourseArrangesItWithTheKeyboardAndPublishesIt() {
        String name = "Author " + UUID.randomUUID().toString().substring(0, 6);
        String email = instructor(name);
        String code = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            browser.click("authoring-link");
            assertEquals("/author/courses.xhtml", browser.path());

            browser.fill("create:code", "Bad Id").tick("#create\\:languages\\:1").tick("#create\\:languages\\:5")
                    .fill("create:title-en", "Norms for ministries").fill("create:title-zh", "面向各部委的规范")
                    .choose("create:report", "gge-2013").click("create:submit");
            assertTrue(browser.text(".form-errors").contains("use only small letters"), browser.text(".form-errors"));
            assertEquals("Norms for ministries", browser.value("create:title-en"), "what was typed stays");
            browser.fill("create:code", code).click("create:submit");
            assertTrue(browser.path().startsWith("/author/course.xhtml"), browser.path());
            assertEquals("Edit course: Norms for ministries", browser.text("h1"));
            assertTrue(browser.text("#created").contains("The course is created"));

            browser.click("outline:add-module").fill("outline:module-id", "norms")
                    .fill("outline:module-title-en", "").fill("outline:module-title-zh", "规范").click("outline:save-module");
            assertTrue(browser.text(".form-errors").contains("Title in English: enter a title"), browser.text(".form-errors"));
            browser.fill("outline:module-title-en", "Norms").click("outline:save-module");
            assertEquals(List.of("Introduction (introduction)", "Norms (norms)"), browser.texts("#modules > li.module h3"));

            browser.click("outline:modules:1:add-lesson").fill("outline:modules:1:lesson-id", "the-charter")
                    .fill("outline:modules:1:lesson-title-en", "The Charter applies")
                    .fill("outline:modules:1:lesson-title-zh", "宪章适用").click("outline:modules:1:save-lesson");
            assertTrue(browser.text("#modules").contains("The Charter applies (the-charter)"));

            browser.pressEnter("outline:modules:1:up");
            assertEquals(List.of("Norms (norms)", "Introduction (introduction)"), browser.texts("#modules > li.module h3"));
            assertEquals("module-0", browser.focusedId(), "the focus stays on the module moved");
            assertEquals("Move up: Norms", browser.attribute("#outline\\:modules\\:0\\:up", "aria-label"));

            browser.click("settings-0");
            assertEquals("Module: Norms", browser.text("h1"));
            browser.fill("module-settings:passMark", "101").click("module-settings:save");
            assertTrue(browser.text(".field-error").contains("from 1 to 100"), browser.text(".field-error"));
            browser.fill("module-settings:passMark", "80").fill("module-settings:attempts", "2").click("module-settings:save");
            assertTrue(String.join(" ", browser.texts(".notice")).contains("The module is saved"), browser.text("main"));
            browser.click("back");

            browser.fill("settings:title-en", "").click("settings:save");
            assertTrue(String.join(" ", browser.texts(".form-errors")).contains("Title in English: enter a title"), browser.text("main"));
            browser.fill("settings:title-en", "Norms for ministries").fill("settings:version", "2").click("settings:save");
            assertTrue(String.join(" ", browser.texts(".notice")).contains("settings are saved"), browser.text("main"));
            assertEquals("2", browser.value("settings:version"));

            browser.click("publish-link");
            assertTrue(browser.texts("#changes li").contains("Module norms: added"), browser.text("#changes"));
            browser.click("publish:submit");
            assertTrue(String.join(" ", browser.texts(".notice")).startsWith("Published."), browser.text("main"));
            browser.click("catalog-link");
            assertEquals("Norms for ministries", browser.text("h1"));

            browser.go("/author/course.xhtml?course=" + code);
            browser.inNewTab(other -> other.go("/author/course.xhtml?course=" + code).pressEnter("outline:modules:1:up"));
            browser.pressEnter("outline:modules:0:down");
            assertTrue(browser.text(".form-errors").contains("Reload"), browser.text("main"));
            assertEquals(List.of("Norms (norms)", "Introduction (introduction)"), browser.texts("#modules > li.module h3"),
                    "the page still shows what it showed");
            browser.click("outline:reload");
            assertEquals(List.of("Introduction (introduction)", "Norms (norms)"), browser.texts("#modules > li.module h3"),
                    "the other tab's move, not overwritten");

            browser.go("/author/courses.xhtml");
            assertTrue(browser.text("#courses").contains("Norms for ministries"));
            browser.clickLink("العربية");
            try {
                assertEquals("rtl", browser.attribute("html", "dir"));
                browser.go("/author/course.xhtml?course=" + code);
                assertEquals("تحرير الدورة: Norms for ministries", browser.text("h1"));
                browser.pressEnter("outline:modules:1:lessons:0:rename");
                browser.fill("outline:modules:1:lessons:0:rename-title-en", "The Charter of the United Nations applies")
                        .click("outline:modules:1:lessons:0:save-rename");
                assertTrue(String.join(" ", browser.texts(".notice")).contains("the-charter"), browser.text("main"));
                browser.click("publish-link");
                assertTrue(browser.texts("#changes li").stream().anyMatch(line -> line.contains("the-charter")), browser.text("#changes"));
                browser.click("publish:discard");
                assertTrue(String.join(" ", browser.texts(".notice")).contains("تم تجاهل المسودة"), browser.text("main"));
            } finally {
                browser.clickLink("English");
            }
        }
    }

    @Test
    void aLearnerCannotOpenTheCourseEditor() {
        String email = TestAccounts.uniqueEmail("learner");
        try (Browser browser = Browser.open(base, "en")) {
            Journeys.register(browser, email, "Curious Learner");
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            assertEquals(403, browser.fetchStatus("/author/courses.xhtml"));
            assertEquals(403, browser.fetchStatus("/author/course.xhtml?course=gge-2013"));
            assertEquals(403, browser.fetchStatus("/author/publish.xhtml?course=gge-2013"));
        }
    }
}
