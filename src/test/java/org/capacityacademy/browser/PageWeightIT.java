package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page-weight budget of a lesson, as a learner on a slow, metered connection pays it:
 * everything the browser downloads for a signed-in learner's lesson page (HTML, CSS, JS, fonts,
 * images, the page's own requests), counted in bytes on the wire. The first visit, with an
 * empty cache, stays within 250 KB; a repeat visit within 25 KB, because every versioned
 * resource is taken from the cache. Each visit's requests are printed, so a regression shows
 * what grew.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageWeightIT {

    static final long FIRST_VISIT_BUDGET = 250 * 1024;
    static final long REPEAT_VISIT_BUDGET = 25 * 1024;
    private static final String LESSON = "/catalog/lesson.xhtml?course=gge-2013&lesson=norms-international-law";
    private static final String GLOSSARY = "/catalog/glossary.xhtml?course=gge-2013";

    @ArquillianResource
    URL base;

    @Test
    void lessonPageStaysWithinItsBudgetOnTheFirstVisitAndTheNext() {
        assumeTrue(Browser.isInstalled(), "Chromium and ChromeDriver are needed");
        String email = TestAccounts.uniqueEmail("weight");
        try (Browser browser = Browser.openRecordingNetwork(base, "en")) {
            Journeys.register(browser, email, "Amina Diallo");
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            browser.go("/catalog/course.xhtml?code=gge-2013").click("enrol:submit");

            browser.clearCache().networkLog();
            browser.go(LESSON);
            Transfers first = Transfers.of(browser.networkLog());
            System.out.println(first.listing("Lesson page, first visit (budget " + FIRST_VISIT_BUDGET + " bytes)"));

            browser.goAgain(LESSON);
            Transfers repeat = Transfers.of(browser.networkLog());
            System.out.println(repeat.listing("Lesson page, repeat visit (budget " + REPEAT_VISIT_BUDGET + " bytes)"));

            assertTrue(first.all().stream().anyMatch(t -> t.url().contains("lesson.xhtml") && t.status() == 200 && t.bytes() > 0),
                    () -> "the lesson page itself is counted\n" + first.listing("first visit"));
            assertTrue(first.all().stream().anyMatch(t -> "Stylesheet".equals(t.type()) && t.bytes() > 0),
                    () -> "the stylesheet is downloaded on the first visit\n" + first.listing("first visit"));
            assertTrue(first.totalBytes() <= FIRST_VISIT_BUDGET,
                    () -> "over the budget of the first visit\n" + first.listing("first visit"));
            assertTrue(repeat.totalBytes() <= REPEAT_VISIT_BUDGET,
                    () -> "over the budget of a repeat visit\n" + repeat.listing("repeat visit"));

            assertEquals(List.of(), Transfers.urls(repeat.downloaded().stream()
                            .filter(t -> t.url().contains("/jakarta.faces.resource/")).toList()),
                    () -> "a repeat visit takes every stylesheet and script from the cache\n" + repeat.listing("repeat visit"));
            assertTrue(first.all().stream().allMatch(t -> t.url().startsWith(base.getProtocol() + "://" + base.getAuthority())),
                    () -> "nothing from another host\n" + first.listing("first visit"));
            assertFalse(first.all().stream().anyMatch(t -> t.url().contains("ln=primefaces")),
                    () -> "no page uses a PrimeFaces component, icon or client-side message: none of its resources is loaded\n"
                            + first.listing("first visit"));
        }
    }

    /**
     * A browser asks for the site's icon at {@code /favicon.ico} on its own on a first visit: the
     * platform serves a small one, so that the request neither fails nor shows an error in the
     * browser's console on every first visit.
     */
    @Test
    void aFirstVisitGetsTheSiteIconAndShowsNoErrorInTheConsole() {
        assumeTrue(Browser.isInstalled(), "Chromium and ChromeDriver are needed");
        try (Browser browser = Browser.openRecordingNetwork(base, "fr")) {
            browser.go("/");
            List<String> log = new ArrayList<>(browser.networkLog());
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (icon(log).isEmpty() && System.nanoTime() < deadline) {
                log.addAll(browser.networkLog());   // the icon is asked for after the page: until its answer is in
            }
            Transfers.Transfer icon = icon(log).orElseThrow(() -> new AssertionError("the browser asked for no icon\n"
                    + Transfers.of(log).listing("first visit")));
            assertEquals(200, icon.status(), icon::toString);
            assertTrue(icon.bytes() < 2048, () -> "small, headers included: " + icon);
            assertEquals(List.of(), browser.consoleErrors(), "no error in the browser's console");
        }
    }

    private static java.util.Optional<Transfers.Transfer> icon(List<String> log) {
        return Transfers.of(log).all().stream().filter(t -> t.url().endsWith("/favicon.ico") && t.status() > 0).findFirst();
    }

    /**
     * The course's glossary, its longest page of reference text (every key term and its
     * explanation), on a visitor's first visit, in each language the course is offered in.
     */
    @Test
    @SuppressWarnings("unchecked")
    void glossaryPageStaysWithinTheFirstVisitBudgetInEveryLanguageOfTheCourse() throws java.io.IOException {
        assumeTrue(Browser.isInstalled(), "Chromium and ChromeDriver are needed");
        java.util.Map<String, Object> course = new org.yaml.snakeyaml.Yaml().load(java.nio.file.Files.readString(
                org.capacityacademy.TestCourses.coursesDir().resolve("gge-2013/course.yaml")));
        for (String language : (java.util.List<String>) course.get("languages")) {
            try (Browser browser = Browser.openRecordingNetwork(base, language)) {
                browser.go("/").clearCache().networkLog();
                browser.go(GLOSSARY);
                Transfers first = Transfers.of(browser.networkLog());
                System.out.println(first.listing("Glossary page in " + language + ", first visit (budget " + FIRST_VISIT_BUDGET + " bytes)"));
                assertTrue(first.all().stream().anyMatch(t -> t.url().contains("glossary.xhtml") && t.status() == 200 && t.bytes() > 0),
                        () -> "the glossary page itself is counted\n" + first.listing("first visit"));
                assertTrue(first.totalBytes() <= FIRST_VISIT_BUDGET, () -> "over the budget of the first visit\n" + first.listing(language));
            }
        }
    }
}
