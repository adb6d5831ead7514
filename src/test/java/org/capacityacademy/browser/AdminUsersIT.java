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
 * An administrator finds a person with the list's filters, opens their page, verifies them as an
 * official, deactivates them (they are signed out and cannot sign in), reactivates them and asks
 * for a password-reset link; every page visited passes the accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminUsersIT {

    @ArquillianResource
    URL base;

    @Test
    void administratorVerifiesDeactivatesAndReactivatesAPerson() {
        String domain = UUID.randomUUID().toString().substring(0, 8) + ".admin-users.example.org";
        String email = "aminata@" + domain;
        String name = "Aminata Diop " + domain.substring(0, 4);
        try (Browser learner = Browser.open(base, "en"); Browser admin = Browser.open(base, "en")) {
            Journeys.register(learner, email, name);
            Journeys.signInSuccessfully(learner, email, TestAccounts.PASSWORD);

            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            admin.go("/admin/users.xhtml").fill("q", domain).choose("country", "SN").choose("type", "CERT")
                    .choose("role", "LEARNER").choose("status", "active").choose("verified", "no").click("search-submit");
            assertEquals("One person found", admin.text("#user-count"));
            assertTrue(admin.path().contains("country=SN") && admin.path().contains("type=CERT")
                    && admin.path().contains("status=active"), "the filters are in the address: " + admin.path());
            assertEquals("SN", admin.selected("country"), "and shown again in the form");
            String row = admin.text("#users tbody tr");
            assertTrue(row.contains("Senegal") && row.contains("National CERT or CSIRT") && row.contains("Active")
                    && row.contains("Not verified"), row);
            admin.goAgain("/admin/users.xhtml?q=" + domain + "&country=KE");
            assertEquals("No people found", admin.text("#user-count"));

            admin.goAgain("/admin/users.xhtml?q=" + domain).clickLink(name);
            assertTrue(admin.path().startsWith("/admin/user.xhtml?id="), admin.path());
            assertEquals(email, admin.text("#email"));
            assertEquals("Senegal", admin.text("#profile dd:nth-of-type(3)"));
            assertEquals("Active", admin.text("#status"));
            assertEquals("/admin/erase.xhtml?account=" + admin.path().substring("/admin/user.xhtml?id=".length()),
                    admin.attribute("#erase", "href").substring(base.toString().length() - 1));

            admin.click("verify:submit");
            assertEquals("The person is now a verified official.", admin.text("#messages li"));
            assertTrue(admin.text("#verified").startsWith("Verified on") && admin.text("#verified").endsWith(Journeys.ADMIN_EMAIL),
                    admin.text("#verified"));

            admin.click("deactivate:submit");
            assertTrue(admin.texts(".field-error").stream().anyMatch(t -> t.contains("Reason")), "a reason is required");
            assertEquals("Active", admin.text("#status"));
            admin.fill("deactivate:reason", "Left the CERT").click("deactivate:submit");
            assertEquals("The account is deactivated: the person can no longer sign in.", admin.text("#messages li"));
            assertEquals("Deactivated", admin.text("#status"));

            learner.go("/learning/my-learning.xhtml");
            assertTrue(learner.path().startsWith("/sign-in.xhtml?deactivated=true"), "the open session ends: " + learner.path());
            assertEquals("You have been signed out: this account has been deactivated.", learner.text("#session-ended"));
            Journeys.signIn(learner, email, TestAccounts.PASSWORD);
            assertEquals("This account has been deactivated. Please contact the platform's administrators.",
                    learner.text(".form-errors li"));
            Journeys.signIn(learner, email, "a wrong password");
            assertEquals("The e-mail address or the password is not correct.", learner.text(".form-errors li"),
                    "without the password, nothing is told about the account");

            admin.goAgain("/admin/users.xhtml?q=" + domain + "&status=deactivated&verified=yes");
            assertEquals("One person found", admin.text("#user-count"));
            assertTrue(admin.text("#users tbody tr").contains("Deactivated"));
            admin.clickLink(name).click("reactivate:submit");
            assertEquals("The account is active again.", admin.text("#messages li"));
            assertEquals("Active", admin.text("#status"));
            Journeys.signInSuccessfully(learner, email, TestAccounts.PASSWORD);

            admin.click("reset:submit");
            assertEquals("The e-mail could not be sent, so no link was made. Check the mail server settings (MAIL_SMTP_HOST) and try again.",
                    admin.text("#messages li"), "the test server's mail server (port 3025) is not running: said plainly");

            String history = String.join("\n", admin.texts("#history li"));
            assertTrue(history.contains("verified as an official") && history.contains("account deactivated · " + email + ": Left the CERT")
                    && history.contains("account reactivated"), history);
            assertTrue(!history.contains("password-reset link sent"), "a mail that was not sent is not in the log");

            // a learner's own API (a GET where only PUT is served): answered, though not with a page
            String ownApi = "/api/progress/1/lessons/1";
            long before = learner.fetchStatus(ownApi);
            assertTrue(before != 401 && before != 302, "signed in, the learner's API answers: " + before);
            admin.fill("deactivate:reason", "Asked to leave").click("deactivate:submit");
            assertEquals(401, learner.fetchStatus(ownApi), "the API refuses a deactivated account's open session");
        }
    }

    @Test
    void administratorCannotDeactivateThemselfAndBadAddressesAreMessages() {
        try (Browser admin = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            admin.go("/admin/users.xhtml?q=" + Journeys.ADMIN_EMAIL + "&role=ADMIN");
            assertEquals("One person found", admin.text("#user-count"));
            List<String> roles = admin.texts("#users tbody ul.roles li");
            assertTrue(roles.size() >= 2 && roles.contains("Administrator"), roles::toString);
            assertEquals(String.join(" ", roles), admin.accessibleName("#users tbody td:nth-of-type(4)"),
                    "a screen reader reads the roles as words apart");
            admin.clickLink(admin.text("#users tbody th a"));
            assertEquals("You cannot deactivate your own account.", admin.text("#self-note"));
            assertTrue(admin.elements("#deactivate\\:submit").isEmpty());

            admin.go("/admin/user.xhtml?id=not-a-number");
            assertEquals("There is no such person.", admin.text("#no-user"));
            admin.goAgain("/admin/user.xhtml?id=999999999");
            assertEquals("There is no such person.", admin.text("#no-user"));
            admin.goAgain("/admin/users.xhtml?from=yesterday&type=NOT_A_TYPE&status=sleeping");
            assertEquals("Registered from: use a date such as 2026-11-30.", admin.text(".form-errors li"));
        }
    }

    @Test
    void anAdministratorMadeOnThePersonsPageWorksInArabic() {
        String email = TestAccounts.uniqueEmail("arabic-admin");
        String name = "ليلى " + UUID.randomUUID().toString().substring(0, 4);
        try (Browser person = Browser.open(base, "ar"); Browser admin = Browser.open(base, "en")) {
            Journeys.register(person, email, name);
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            admin.go("/admin/users.xhtml?q=" + email).clickLink(name).click("roles:list:2:grant");
            assertEquals("Administrator", admin.text("#roles\\:list\\:2\\:held"));
            assertTrue(admin.text("#history li").contains("role granted"), admin.text("#history li"));

            Journeys.signInSuccessfully(person, email, TestAccounts.PASSWORD);
            person.go("/admin/users.xhtml?q=" + email);
            assertEquals("rtl", person.attribute("html", "dir"));
            person.clickLink(name);
            assertEquals("نشط", person.text("#status"));
            assertEquals("لا يمكنك تعطيل حسابك الخاص.", person.text("#self-note"));
        }
    }
}
