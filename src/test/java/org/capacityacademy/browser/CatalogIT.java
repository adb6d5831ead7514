package org.capacityacademy.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A visitor finds the course and reads a lesson with the report's own words, in Chinese and in English. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogIT {

    @ArquillianResource
    URL base;

    @Test
    void visitorReadsParagraph26InEnglishMarkedAsUnofficial() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("/").click("catalog-link");
            browser.clickLink("The 2013 UN GGE report: ICT and international security");
            assertTrue(browser.text("ol.syllabus").contains("Confidence-building"), browser.text("ol.syllabus"));
            browser.click("start");
            assertTrue(browser.path().contains("lesson=orientation-at-a-glance"), browser.path());

            browser.go("/catalog/lesson.xhtml?course=gge-2013&lesson=confidence-building-measures#para-26");
            assertEquals("Paragraph 26", browser.text("#para-26 h3"));
            assertTrue(browser.texts("#para-26 blockquote p").size() == 7, "26 and its sub-items (a)-(f)");
            assertTrue(browser.texts("#para-26 blockquote p").get(4).startsWith("(d)"));
            assertTrue(browser.text(".unofficial").startsWith("Unofficial translation"));
            assertTrue(browser.text(".explanation").length() > 500);
            assertTrue(browser.text("dl.terms").contains("CERT"));
            browser.click("next");
            assertTrue(browser.texts("section.paragraph h3").containsAll(java.util.List.of("Paragraph 27", "Paragraph 28", "Paragraph 29")));
        }
    }

    @Test
    void chineseReaderSeesTheReportsOwnTextAndAFrenchReaderReadsTheHeadingsInFrench() {
        try (Browser browser = Browser.open(base, "zh")) {
            browser.go("/catalog/lesson.xhtml?course=gge-2013&lesson=capacity-building-measures");
            assertEquals("第32段", browser.text("#para-32 h3"));
            assertTrue(browser.text("#para-32").contains("(c) 支持开发和利用关于信通技术安全的电子学习"));
            assertTrue(browser.texts(".unofficial").isEmpty(), "the Chinese text is the report's own");
        }
        try (Browser browser = Browser.open(base, "fr")) {
            // whichever language the course's text is in (French once offered, else English): see CourseLanguageChoiceIT
            browser.go("/catalog/lesson.xhtml?course=gge-2013&lesson=conclusions-an-iterative-process");
            assertEquals("Paragraphe 34", browser.text("#para-34 h3"));
        }
    }

    @Test
    void anUnknownLessonIsAFriendlyNotFoundPage() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("/catalog/lesson.xhtml?course=gge-2013&lesson=no-such-lesson");
            assertEquals("Page not found", browser.text("h1"));
        }
    }
}
