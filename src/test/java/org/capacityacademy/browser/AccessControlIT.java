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

/** Pages and endpoints are authorised on the server, by role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessControlIT {

    @ArquillianResource
    URL base;

    @Test
    void learnerIsRefusedTheAdministratorsPageAndApi() {
        String email = TestAccounts.uniqueEmail("curious");
        try (Browser browser = Browser.open(base, "en")) {
            Journeys.register(browser, email, "Curious Learner");
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            assertTrue(browser.texts("nav a").stream().noneMatch("Users"::equals), "no administration link");

            browser.go("/admin/users.xhtml");
            assertEquals("Not allowed", browser.text("h1"));
            assertEquals(403, browser.fetchStatus("/admin/users.xhtml"));
            assertEquals(403, browser.fetchStatus("/api/admin/users"));
            assertEquals(403, browser.fetchStatus("/admin/records.xhtml"));
            assertEquals(403, browser.fetchStatus("/admin/audit-log.xhtml"));
            assertEquals(403, browser.fetchStatus("/admin/record.xhtml?id=x"));
            assertEquals(403, browser.fetchStatus("/admin/user.xhtml?id=1"));
            assertEquals(403, browser.fetchStatus("/admin/cohorts.xhtml"));
            assertEquals(403, browser.fetchStatus("/admin/lti-platforms.xhtml"));
            assertEquals(403, browser.fetchStatus("/admin/cohort.xhtml?id=1"));
            assertEquals(403, browser.fetchStatus("/admin/import.xhtml"));
            assertEquals(403, browser.fetchStatus("/admin/identity-providers.xhtml"));
            assertEquals(403, browser.fetchStatus("/admin/people-sample.csv"));
            assertEquals(403, browser.fetchStatus("/admin/reports.xhtml"));
            assertEquals(403, browser.fetchStatus("/api/admin/reports.csv"));
            assertEquals(403, browser.fetchStatus("/api/admin/reports.xlsx?by=country"));
            assertEquals(404, browser.fetchStatus("/api/records/" + java.util.UUID.randomUUID() + "/certificate.pdf"),
                    "a record that is not the learner's own is not found");
        }
    }

    @Test
    void visitorIsAskedToSignInForTheProfile() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("/account/profile.xhtml");
            assertTrue(browser.path().startsWith("/sign-in.xhtml"), browser.path());
            browser.go("/credential/my-records.xhtml");
            assertTrue(browser.path().startsWith("/sign-in.xhtml"), browser.path());
            long status = browser.fetchStatus("/api/records/" + java.util.UUID.randomUUID() + "/credential.jwt");
            assertTrue(status != 200 && status != 404, "a visitor is sent to sign in, not told whether a record exists: " + status);
        }
    }

    @Test
    void administratorFindsAPersonAndMakesThemAnInstructor() {
        String email = TestAccounts.uniqueEmail("future-teacher");
        try (Browser learner = Browser.open(base, "en")) {
            Journeys.register(learner, email, "Future Teacher");
        }
        try (Browser admin = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            assertEquals(200, admin.fetchStatus("/api/admin/users?q=future-teacher"));
            admin.go("/admin/users.xhtml");
            admin.fill("q", email).click("search-submit");
            assertEquals("One person found", admin.text("#user-count"));
            admin.clickLink("Future Teacher").click("roles:list:1:grant");
            assertEquals("Instructor", admin.text("#roles\\:list\\:1\\:held"));

            admin.clickLink("Audit log").fill("subject", email).click("search-submit");
            assertEquals("1 entries", admin.text("#entry-count"));
            String entry = admin.text("#entries tbody tr");
            assertTrue(entry.contains(Journeys.ADMIN_EMAIL) && entry.contains("role granted") && entry.contains("INSTRUCTOR"), entry);
            admin.go("/admin/audit-log.xhtml?from=yesterday&subject=" + email);
            assertEquals("From: use a date such as 2026-11-30.", admin.text(".form-errors li"), "a bad date is a message, not an error");
            assertEquals("1 entries", admin.text("#entry-count"), "and does not filter");
        }
    }
}
