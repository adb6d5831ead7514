package org.capacityacademy.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner downloads their data from their profile; an administrator erases a learner's data after confirming. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyIT {

    @ArquillianResource
    URL base;

    @Test
    void learnerDownloadsTheirDataAndAnAdministratorErasesItAfterConfirming() {
        String email = TestAccounts.uniqueEmail("privacy-journey");
        long id;
        try (Browser browser = Browser.open(base, "fr")) {
            assertNotEquals(200, browser.go("/").fetchStatus("/api/my-data"), "nobody's data without signing in");
            Journeys.register(browser, email, "Awa Privacy");
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            browser.go("/account/profile.xhtml");
            assertEquals("Télécharger mes données (JSON)", browser.text("#download-data"));
            byte[] file = browser.fetchBytes(browser.attribute("#download-data", "href").replaceFirst("^https?://[^/]+", ""));
            JsonObject data = Json.createReader(new ByteArrayInputStream(file)).readObject();
            assertEquals(email, data.getJsonObject("account").getString("email"));
            assertEquals("Awa Privacy", data.getJsonObject("account").getString("fullName"));
            assertEquals("SN", data.getJsonObject("account").getString("country"));
            assertTrue(data.containsKey("enrolments") && data.containsKey("xapiStatements") && data.containsKey("completionRecords"));
            id = data.getJsonNumber("accountId").longValue();
            assertTrue(new String(file, StandardCharsets.UTF_8).contains("Incident handler"));
        }
        try (Browser admin = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            admin.go("/admin/erase.xhtml?account=" + id);
            assertEquals(email, admin.text("#subject-email"));
            assertEquals("Awa Privacy", admin.text("#subject-name"));
            admin.fill("erase:confirmation", "someone-else@example.org").click("erase:submit");
            assertTrue(admin.text("#erase").contains("This is not the person's e-mail address: nothing was erased."),
                    () -> admin.text("#erase"));
            assertEquals(email, admin.text("#subject-email"), "nothing erased");
            admin.fill("erase:confirmation", email).click("erase:submit");
            assertTrue(admin.text("#erased").startsWith("This person’s data was erased on"), () -> admin.text("#erased"));
            admin.go("/admin/audit-log.xhtml?action=erase-account&subject=" + id);
            assertTrue(admin.text("#entries tbody").contains("personal data erased"), () -> admin.text("#entries tbody"));
            admin.go("/admin/erase.xhtml?account=" + Long.MAX_VALUE);
            assertEquals("There is no such account.", admin.text("#no-account"));
        }
        try (Browser browser = Browser.open(base, "en")) {
            Journeys.signIn(browser, email, TestAccounts.PASSWORD);
            assertTrue(browser.texts(".signed-in-as").isEmpty(), "an erased account cannot sign in");
        }
    }
}
