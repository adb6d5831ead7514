package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;

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
    }

    static void signIn(Browser browser, String email, String password) {
        browser.go("/sign-in.xhtml")
                .fill("sign-in:email", email)
                .fill("sign-in:password", password)
                .click("sign-in:submit");
    }

    static void signOut(Browser browser) {
        browser.click("sign-out:submit");
    }
}
