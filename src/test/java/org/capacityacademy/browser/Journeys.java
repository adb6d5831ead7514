package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Steps that several journeys share. */
final class Journeys {

    static final String ADMIN_EMAIL = "admin@it.example.org";
    static final String ADMIN_PASSWORD = "It-admin-Passw0rd!";

    private Journeys() {
    }

    static void register(Browser browser, String email, String name) {
        browser.go("/account/register.xhtml")
                .fill("register:email", email)
                .fill("register:password", TestAccounts.PASSWORD)
                .fill("register:confirmation", TestAccounts.PASSWORD)
                .fill("register:fullName", name)
                .choose("register:country", "SN")
                .fill("register:organisation", "CERT Sénégal")
                .choose("register:organisationType", "CERT")
                .fill("register:jobTitle", "Incident handler")
                .click("register:submit");
        assertTrue(browser.path().startsWith("/sign-in.xhtml?registered=true") || browser.texts(".form-errors li").size() > 0,
                () -> "registration of " + email + " failed on " + browser.path() + ": " + browser.texts(".field-error, .form-errors li")
                        + " " + browser.text("main h1"));
    }

    static void signIn(Browser browser, String email, String password) {
        browser.go("/sign-in.xhtml")
                .fill("sign-in:email", email)
                .fill("sign-in:password", password)
                .click("sign-in:submit");
    }

    static void signInSuccessfully(Browser browser, String email, String password) {
        signIn(browser, email, password);
        assertTrue(browser.texts(".signed-in-as").size() == 1,
                () -> "sign-in of " + email + " failed: " + browser.texts(".field-error, .form-errors li"));
        if (email.equals(ADMIN_EMAIL) && !"en".equals(browser.attribute("html", "lang"))) {
            // the shared administrator works in English: a journey that failed while it worked in
            // another language (and so never switched back) must not make the next one fail too
            browser.clickLink("English");
        }
    }

    /**
     * Registers people (an e-mail address, then a name, for each) and has the administrator give
     * them the instructor role, through the test deployment's {@code /api/test/instructors}, for
     * journeys about what instructors do: how an administrator does it on the pages is
     * AccessControlIT's, AdminUsersIT's and CourseFilesIT's subject.
     */
    static void seedInstructors(java.net.URL base, String... emailThenName) {
        try (Browser admin = Browser.open(base, "en")) {
            signInSuccessfully(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
            for (int i = 0; i < emailThenName.length; i += 2) {
                String email = emailThenName[i];
                assertEquals(204, admin.postStatus("/api/test/instructors/" + email + "?name="
                        + java.net.URLEncoder.encode(emailThenName[i + 1], java.nio.charset.StandardCharsets.UTF_8)),
                        () -> "making " + email + " an instructor");
            }
        }
    }

    /**
     * Imports a small course of the tests' own ({@code src/test/resources/courses/<name>}) through
     * the test deployment's {@code /api/test/catalog}, as the platform imports a course folder.
     */
    static void importTestCourse(java.net.URL base, String name) {
        try (Browser admin = Browser.open(base, "en")) {
            signInSuccessfully(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
            assertEquals(204, admin.postStatus("/api/test/catalog/" + name), () -> "importing the test course " + name);
        }
    }

    static void signOut(Browser browser) {
        browser.click("sign-out:submit");
    }
}
