package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main pages of each role on a 320 px phone, in the languages whose words run longest
 * (French, Russian) and in Arabic, right to left: nothing scrolls sideways (a wide table scrolls
 * inside its own region, not the page), and every page passes the accessibility check at that
 * width. French pages also put a no-break space before a colon that follows a label.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneLayoutIT {

    private static final int PHONE = 320;
    private static final List<String> LANGUAGES = List.of("fr", "ru", "ar");
    private static final String COURSE = "/catalog/course.xhtml?code=gge-2013";
    private static final String LESSON = "/catalog/lesson.xhtml?course=gge-2013&lesson=capacity-building-measures";
    private static final String NO_BREAK = "\u00a0";

    @ArquillianResource
    URL base;

    private static void fits(Browser browser, String language) {
        assertEquals("0", browser.sidewaysOverflow(), () -> browser.path() + " in " + language + " at " + PHONE + " px");
    }

    /** Opens each page and checks that it fits the phone. */
    private static void fit(Browser browser, String language, String... paths) {
        for (String path : paths) {
            browser.go(path);
            fits(browser, language);
        }
    }

    /** The text of an element with its no-break spaces (Selenium's visible text turns them into spaces). */
    private static String raw(Browser browser, String css) {
        return browser.attribute(css, "textContent").replaceAll("[ \\t\\n]+", " ");
    }

    @Test
    void visitorsPagesFitAPhone() {
        for (String language : LANGUAGES) {
            try (Browser visitor = Browser.open(base, language)) {
                visitor.phone(PHONE);
                fit(visitor, language, "/", "/catalog/courses.xhtml", COURSE, LESSON, "/sign-in.xhtml",
                        "/account/register.xhtml", "/account/forgot-password.xhtml", "/verify", "/offline.xhtml");
                assertEquals(language, visitor.attribute("html", "lang"));
            }
        }
    }

    @Test
    void learnersPagesFitAPhoneFromTheLessonToTheQuizReview() {
        for (String language : LANGUAGES) {
            String email = TestAccounts.uniqueEmail("phone-" + language);
            try (Browser learner = Browser.open(base, language)) {
                learner.phone(PHONE);
                Journeys.register(learner, email, "Nguyễn Thị Minh Khai " + language);
                fits(learner, language);
                Journeys.signInSuccessfully(learner, email, TestAccounts.PASSWORD);
                learner.go(COURSE).click("enrol:submit");
                fits(learner, language);
                learner.go(LESSON);
                fits(learner, language);
                assertTrue(learner.elements("#complete\\:submit").size() == 1, "the lesson's own button is on the page");
                if (language.equals("fr")) {
                    String pager = raw(learner, "nav.pager");
                    assertTrue(pager.contains("Précédente" + NO_BREAK + ":") && pager.contains("Suivante" + NO_BREAK + ":"), pager);
                }
                learner.go("/learning/my-learning.xhtml");
                fits(learner, language);
                if (language.equals("fr")) {
                    assertTrue(raw(learner, "#courses\\:0\\:continue").contains("Reprendre là où vous en étiez" + NO_BREAK + ":"),
                            raw(learner, "#courses\\:0\\:continue"));
                }
                learner.go("/learning/offline-quiz.xhtml?course=gge-2013&quiz=orientation");
                fits(learner, language);
                learner.go("/learning/quiz.xhtml?course=gge-2013&quiz=introduction");
                fits(learner, language);
                learner.click("start:submit");
                assertTrue(learner.elements("fieldset.question[data-type=matching]").size() > 0,
                        "the introduction's quiz has matching questions, whose lists of choices are wide");
                fits(learner, language);
                int questions = QuizJourneyIT.answerEveryQuestion(learner);
                learner.waitUntilCount(".save-status[data-state=saved]", questions);
                learner.click("attempt:submit");
                assertTrue(learner.path().startsWith("/learning/review.xhtml"), learner.path());
                fits(learner, language);
                fit(learner, language, "/credential/my-records.xhtml", "/learning/activity.xhtml", "/account/profile.xhtml");
            }
        }
    }

    @Test
    void instructorsPagesFitAPhone() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> emails = seed(tag, false);
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String language = LANGUAGES.get(i);
            String course = "phone-" + language + "-" + tag;
            String module = "&module=" + URLEncoder.encode("modules/01-law/", StandardCharsets.UTF_8);
            try (Browser instructor = Browser.open(base, language)) {
                instructor.phone(PHONE);
                Journeys.signInSuccessfully(instructor, emails.get(i), TestAccounts.PASSWORD);
                assertEquals(204, instructor.postStatus("/api/test/courses/" + course), "a course of the instructor's own");
                fit(instructor, language, "/author/courses.xhtml", "/author/course.xhtml?course=" + course,
                        "/author/module.xhtml?course=" + course + module,
                        "/author/lesson.xhtml?course=" + course + "&path=modules/01-law/01-the-charter.md",
                        "/author/bank.xhtml?course=" + course + module,
                        "/author/question.xhtml?course=" + course + module + "&id=law-1",
                        "/author/publish.xhtml?course=" + course, "/author/import-course.xhtml");
            }
        }
    }

    @Test
    void administratorsPagesFitAPhone() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> emails = seed(tag, true);
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String language = LANGUAGES.get(i);
            try (Browser admin = Browser.open(base, language)) {
                admin.phone(PHONE);
                Journeys.signInSuccessfully(admin, emails.get(i), TestAccounts.PASSWORD);
                fit(admin, language, "/admin/users.xhtml?q=" + emails.get(i));
                admin.clickLink(admin.text("#users tbody th a"));
                assertTrue(admin.path().startsWith("/admin/user.xhtml"), admin.path());
                fits(admin, language);
                fit(admin, language, "/admin/courses.xhtml", "/admin/cohorts.xhtml", "/admin/import.xhtml",
                        "/admin/records.xhtml", "/admin/audit-log.xhtml", "/admin/reports.xhtml", "/admin/identity-providers.xhtml");
            }
        }
    }

    /** An instructor (and administrator, if asked) for each language, whose pages are in that language; their e-mail addresses. */
    private List<String> seed(String tag, boolean administrator) {
        List<String> emails = LANGUAGES.stream().map(language -> TestAccounts.uniqueEmail("phone-" + language)).toList();
        try (Browser admin = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            for (int i = 0; i < LANGUAGES.size(); i++) {
                String email = emails.get(i);
                assertEquals(204, admin.postStatus("/api/test/instructors/" + email + "?name=Phone+" + tag
                        + "&language=" + LANGUAGES.get(i) + "&administrator=" + administrator), () -> "seeding " + email);
            }
        }
        return emails;
    }
}
