package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course offered in Chinese and English only ({@code src/test/resources/courses/it-two-languages}),
 * read by people whose pages are in French or Spanish: the course says so, naming both languages in
 * the page's language, shows English, and offers its two languages; the language a reader picks is
 * kept for that course, on any device once they sign in, and in the browser for a visitor.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseLanguageChoiceIT {

    private static final String COURSE = "it-two-languages";
    private static final String COURSE_PAGE = "/catalog/course.xhtml?code=" + COURSE;
    private static final String LESSON_PAGE = "/catalog/lesson.xhtml?course=" + COURSE + "&lesson=the-charter";
    private static final String CHINESE_TITLE = "国际法与信通技术简介";
    private static final String ENGLISH_TITLE = "International law and ICT in brief";

    @ArquillianResource
    URL base;

    // the French texts are compared as the page holds them, with their no-break spaces
    // ("textContent": WebDriver's visible text turns U+00A0 into a plain space)

    @BeforeEach
    void theCourseIsInTheCatalogue() {
        Journeys.importTestCourse(base, COURSE);
    }

    @Test
    void aReaderPicksChineseForTheCourseAndFindsItAgainAfterSigningInOnAnotherBrowser() {
        String email = TestAccounts.uniqueEmail("chooser");
        try (Browser first = Browser.open(base, "fr")) {
            first.go("/catalog/courses.xhtml");
            assertEquals("en", first.attribute("#course-" + COURSE, "lang"), "English, the course being offered in it");
            assertEquals(ENGLISH_TITLE, first.text("#course-" + COURSE + " h2"));
            assertEquals("Langues du cours\u00a0: chinois, anglais", first.attribute("#course-" + COURSE + " .course-languages", "textContent").strip());

            first.go(COURSE_PAGE);
            assertEquals(ENGLISH_TITLE, first.text("h1"));
            assertEquals("Ce cours n’est pas proposé en français\u00a0; il est affiché en anglais.", first.attribute("#content-language-notice", "textContent").strip());
            assertEquals("Langues du cours\u00a0: chinois, anglais", first.attribute("#course-languages", "textContent").strip());
            assertEquals("chinois", first.text("#read-in-zh"));
            assertEquals("anglais", first.text("#read-in-en"));
            assertEquals("true", first.attribute("#read-in-en", "aria-current"));
            assertEquals("zh", first.attribute("#read-in-zh", "hreflang"));

            Journeys.register(first, email, "Aminata Coulibaly");
            Journeys.signInSuccessfully(first, email, TestAccounts.PASSWORD);
            first.go(COURSE_PAGE).click("read-in-zh");
            assertEquals(COURSE_PAGE, first.path(), "back on the page the reader was reading");
            assertEquals(CHINESE_TITLE, first.text("h1"));
            assertEquals("zh", first.attribute("h1", "lang"));
            assertEquals("Ce cours n’est pas proposé en français\u00a0; il est affiché en chinois.", first.attribute("#content-language-notice", "textContent").strip());
            assertEquals("true", first.attribute("#read-in-zh", "aria-current"));
            assertNull(first.attribute("#read-in-en", "aria-current"));

            first.go(LESSON_PAGE);
            assertEquals("《联合国宪章》适用", first.text("h1"));
            assertEquals("zh", first.attribute("div.lesson", "lang"));
            assertEquals("Paragraphe 19", first.text("#para-19 h3"), "the page's own words stay in French");
            first.clickLink("《联合国宪章》");
            assertTrue(first.path().startsWith("/catalog/glossary.xhtml?course=" + COURSE), first.path());
            assertTrue(first.path().endsWith("#term-charter-of-the-united-nations"), first.path());
            assertEquals("zh", first.attribute("dl.glossary", "lang"));
            // in the order of Chinese (pinyin): guo, lian, xin; an opening 《 does not count
            assertEquals(List.of("国家主权", "《联合国宪章》", "信通技术"),
                    first.texts("dl.glossary dt"));
            assertTrue(first.text("dl.glossary").contains("联合国的创始条约"), first.text("dl.glossary"));
        }
        try (Browser second = Browser.open(base, "fr")) {
            second.go(COURSE_PAGE);
            assertEquals(ENGLISH_TITLE, second.text("h1"), "another browser, not signed in: nothing chosen there yet");
            Journeys.signInSuccessfully(second, email, TestAccounts.PASSWORD);
            second.go(COURSE_PAGE);
            assertEquals(CHINESE_TITLE, second.text("h1"), "the choice followed the person");
            assertEquals("Ce cours n’est pas proposé en français\u00a0; il est affiché en chinois.", second.attribute("#content-language-notice", "textContent").strip());
            second.go(LESSON_PAGE);
            assertEquals("zh", second.attribute("div.lesson", "lang"));
            second.go("/learning/quiz.xhtml?course=" + COURSE + "&quiz=law");
            assertEquals("国际法测验", second.text("h1"));
            assertEquals("Ce cours n’est pas proposé en français\u00a0; il est affiché en chinois.", second.attribute("#content-language-notice", "textContent").strip());
        }
    }

    @Test
    void aVisitorsChoiceStaysInTheirBrowserAndGivesWayToThePagesLanguageWhenTheCourseOffersIt() {
        try (Browser visitor = Browser.open(base, "es")) {
            visitor.go(LESSON_PAGE);
            assertEquals("The Charter applies", visitor.text("h1"));
            assertEquals("Este curso no se ofrece en español; se muestra en inglés.", visitor.text("#content-language-notice"));
            visitor.click("read-in-zh");
            assertEquals(LESSON_PAGE, visitor.path());
            assertEquals("《联合国宪章》适用", visitor.text("h1"));
            assertEquals("Este curso no se ofrece en español; se muestra en chino.", visitor.text("#content-language-notice"));
            visitor.go(COURSE_PAGE);
            assertEquals(CHINESE_TITLE, visitor.text("h1"));

            visitor.go("/language?to=en&return=" + java.net.URLEncoder.encode(COURSE_PAGE, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(ENGLISH_TITLE, visitor.text("h1"), "the page's language, which the course offers, comes first");
            assertTrue(visitor.elements("#content-language-notice").isEmpty());
            assertTrue(visitor.elements(".course-languages a").isEmpty());
        }
    }

    @Test
    void aLanguagePickedBeforeSigningInBecomesThePersonsOnTheirOtherDevices() {
        String email = TestAccounts.uniqueEmail("picked-first");
        try (Browser first = Browser.open(base, "ru")) {
            first.go(COURSE_PAGE).click("read-in-zh");
            assertEquals(CHINESE_TITLE, first.text("h1"));
            Journeys.register(first, email, "Ольга Петрова");
            Journeys.signInSuccessfully(first, email, TestAccounts.PASSWORD);
            first.go(COURSE_PAGE);
            assertEquals(CHINESE_TITLE, first.text("h1"));
            assertEquals("Этот курс не предлагается на языке «русский»; он показан на языке «китайский».",
                    first.text("#content-language-notice"));
        }
        try (Browser second = Browser.open(base, "ru")) {
            Journeys.signInSuccessfully(second, email, TestAccounts.PASSWORD);
            second.go(COURSE_PAGE);
            assertEquals(CHINESE_TITLE, second.text("h1"));
        }
    }

    @Test
    void onAnArabicPageTheCoursesEnglishIsLaidOutLeftToRightAndItsChineseTooOnceChosen() {
        try (Browser reader = Browser.open(base, "ar")) {
            reader.go(LESSON_PAGE);
            assertEquals("rtl", reader.attribute("html", "dir"));
            assertEquals("هذه الدورة غير متاحة باللغة العربية، وهي معروضة باللغة الإنجليزية.", reader.text("#content-language-notice"));
            assertEquals("en", reader.attribute("h1", "lang"));
            assertEquals("ltr", reader.attribute("h1", "dir"));
            assertEquals("ltr", reader.attribute("div.lesson", "dir"));
            assertEquals("rtl", reader.attribute("#objectives", "dir"), "the page's own headings stay right to left");
            assertEquals("الصينية", reader.text("#read-in-zh"));
            reader.click("read-in-zh");
            assertEquals("zh", reader.attribute("div.lesson", "lang"));
            assertEquals("ltr", reader.attribute("div.lesson", "dir"));
        }
    }

    @Test
    void aLanguageTheCourseDoesNotOfferIsNotKept() {
        try (Browser visitor = Browser.open(base, "fr")) {
            visitor.go("/catalog/course-language?course=" + COURSE + "&to=ru&return=" + java.net.URLEncoder.encode(COURSE_PAGE,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(COURSE_PAGE, visitor.path());
            assertEquals(ENGLISH_TITLE, visitor.text("h1"));
            visitor.go("/catalog/course-language?course=" + COURSE + "&to=zh&return=https://elsewhere.example.org/");
            assertEquals("/", visitor.path(), "never sent to another site");
        }
    }
}
