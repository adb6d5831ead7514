package org.capacityacademy.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator sees the imported course and imports the files again. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseAdministrationIT {

    @ArquillianResource
    URL base;

    @Test
    void administratorSeesTheCourseAndImportsItAgainInChinese() {
        try (Browser browser = Browser.open(base, "zh")) {
            Journeys.signInSuccessfully(browser, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            browser.clickLink("Courses");
            assertTrue(browser.text("#courses tbody").contains("The 2013 UN GGE report: ICT and international security (gge-2013)"));
            browser.clickLink("中文");
            try {
                String rows = browser.text("#courses tbody");
                assertTrue(rows.contains("2013年联合国政府专家组报告：信通技术与国际安全 (gge-2013)"), rows);
                browser.click("import:submit");
                String result = browser.text("#import-results");
                assertTrue(result.contains("gge-2013") && result.contains("无变化"), result);
            } finally {
                browser.clickLink("English");
            }
        }
    }
}
