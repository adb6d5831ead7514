package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestCourses;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped course in each language it is offered in (all six once every translation is
 * merged: the languages are read from its course.yaml), read as a learner whose pages are in
 * that language reads it: the catalogue, the course page, a lesson, the glossary and the
 * attempt page of a module quiz, each with the course's text in that language, laid out in its
 * direction (Arabic right to left), and no notice that it is shown in another language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseLanguagesIT {

    private static final String COURSE = "gge-2013";
    private static final Path FOLDER = TestCourses.coursesDir().resolve(COURSE);
    private static final String LESSON = "orientation-at-a-glance";
    private static final String QUIZ = "orientation";

    @ArquillianResource
    URL base;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return new Yaml().load(text);
    }

    @SuppressWarnings("unchecked")
    /** A text by language, with no-break spaces as spaces: WebDriver's text of an element reads them so. */
    private static Map<String, String> texts(Map<String, Object> fields, String key) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        ((Map<String, String>) fields.get(key)).forEach((language, text) -> texts.put(language, text.replace('\u00a0', ' ')));
        return texts;
    }

    /** The YAML header of the module's first lesson. */
    private static Map<String, Object> lessonHeader() throws IOException {
        try (var files = Files.list(FOLDER.resolve("modules/01-orientation"))) {
            Path lesson = files.filter(f -> f.getFileName().toString().startsWith("01-")).findFirst().orElseThrow();
            return yaml(Files.readString(lesson).split("(?m)^---\\s*$")[1]);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachLanguageOfTheCourseIsReadInThatLanguageWithoutAnyNotice() throws IOException {
        Map<String, Object> course = yaml(Files.readString(FOLDER.resolve("course.yaml")));
        List<String> languages = (List<String>) course.get("languages");
        Map<String, Object> lesson = lessonHeader();
        assertEquals(LESSON, lesson.get("id"));
        Map<String, Object> module = yaml(Files.readString(FOLDER.resolve("modules/01-orientation/module.yaml")));
        Map<String, String> quizTitles = texts((Map<String, Object>) module.get("quiz"), "title");
        List<Executable> journeys = new ArrayList<>();
        for (String language : languages) {
            journeys.add(() -> readsTheCourseIn(language, languages, texts(course, "title").get(language),
                    texts(lesson, "title").get(language), quizTitles.get(language)));
        }
        assertAll(journeys);
    }

    private void readsTheCourseIn(String language, List<String> offered, String title, String lessonTitle, String quizTitle) {
        String direction = "ar".equals(language) ? "rtl" : "ltr";
        Locale page = Locale.forLanguageTag(language);
        String email = TestAccounts.uniqueEmail("reader-" + language);
        try (Browser browser = Browser.open(base, language)) {
            Journeys.register(browser, email, "Reader " + language);
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);

            browser.go("/catalog/courses.xhtml");
            assertEquals(language, browser.attribute("html", "lang"));
            assertEquals(language, browser.attribute("#course-" + COURSE, "lang"), language + ": the catalogue's card");
            assertEquals(direction, browser.attribute("#course-" + COURSE, "dir"));
            assertEquals(title, browser.text("#course-" + COURSE + " h2"));
            String named = browser.text("#course-" + COURSE + " .course-languages");
            offered.forEach(tag -> assertTrue(named.contains(Locale.forLanguageTag(tag).getDisplayLanguage(page)),
                    () -> language + ": " + tag + " named in the page's language in " + named));

            browser.go("/catalog/course.xhtml?code=" + COURSE);
            assertEquals(title, browser.text("h1"));
            assertEquals(language, browser.attribute("h1", "lang"));
            assertEquals(direction, browser.attribute("h1", "dir"));
            assertEquals(language, browser.attribute("p.lead", "lang"));
            assertEquals(direction, browser.attribute("p.lead", "dir"));
            assertEquals(language, browser.attribute("ol.syllabus", "lang"));
            assertTrue(browser.elements("#content-language-notice").isEmpty(), () -> language + ": " + browser.text("main"));
            assertTrue(browser.elements(".course-languages a").isEmpty(), language + ": no chooser where the page's language is offered");
            browser.click("enrol:submit");

            browser.go("/catalog/lesson.xhtml?course=" + COURSE + "&lesson=" + LESSON);
            assertEquals(lessonTitle, browser.text("h1"));
            assertEquals(language, browser.attribute("div.lesson", "lang"));
            assertEquals(direction, browser.attribute("div.lesson", "dir"));
            assertTrue(browser.elements("#content-language-notice").isEmpty(), () -> language + ": " + browser.text("main"));

            browser.click("all-terms");
            assertTrue(browser.path().startsWith("/catalog/glossary.xhtml?course=" + COURSE), browser.path());
            assertEquals(language, browser.attribute("dl.glossary", "lang"));
            assertEquals(direction, browser.attribute("dl.glossary", "dir"));
            assertTrue(browser.elements("dl.glossary dt").size() >= 40, language + ": the glossary's terms");
            assertTrue(browser.elements("#content-language-notice").isEmpty(), () -> language + ": " + browser.text("main"));

            browser.go("/learning/quiz.xhtml?course=" + COURSE + "&quiz=" + QUIZ);
            assertEquals(quizTitle, browser.text("h1"));
            browser.click("start:submit");
            assertTrue(browser.path().startsWith("/learning/attempt.xhtml"), browser.path());
            assertEquals(quizTitle, browser.text("h1"));
            assertEquals(language, browser.attribute("h1", "lang"));
            assertEquals(direction, browser.attribute("h1", "dir"));
            assertEquals(language, browser.attribute("fieldset.question legend span[lang]", "lang"));
            assertEquals(direction, browser.attribute("fieldset.question legend span[lang]", "dir"));
            assertTrue(inScriptOf(language, browser.text("fieldset.question legend span[lang]")),
                    () -> language + ": " + browser.text("fieldset.question legend span[lang]"));
            assertTrue(browser.elements("#content-language-notice").isEmpty(), () -> language + ": " + browser.text("main"));
        }
    }

    /** Whether a text is written in the script of a language: Chinese characters, Arabic, Cyrillic or Latin letters. */
    static boolean inScriptOf(String language, String text) {
        Character.UnicodeScript script = switch (language) {
            case "zh" -> Character.UnicodeScript.HAN;
            case "ar" -> Character.UnicodeScript.ARABIC;
            case "ru" -> Character.UnicodeScript.CYRILLIC;
            default -> Character.UnicodeScript.LATIN;
        };
        long letters = text.codePoints().filter(Character::isLetter).count();
        long inScript = text.codePoints().filter(Character::isLetter).filter(c -> Character.UnicodeScript.of(c) == script).count();
        return letters > 0 && inScript * 10 >= letters * 8;
    }
}
