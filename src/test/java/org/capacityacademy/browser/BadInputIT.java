package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gets a clear message that names the field, in the person's language, and stores nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    @ArquillianResource
    URL base;

    @Test
    void emptyRegistrationNamesEveryMissingFieldInSpanish() {
        try (Browser browser = Browser.open(base, "es")) {
            browser.go("/account/register.xhtml").click("register:submit");
            List<String> errors = browser.texts(".field-error");
            assertTrue(errors.contains("Correo electrónico: introduzca un valor."), errors::toString);
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("Nombre completo")), errors::toString);
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("País")), errors::toString);
            assertEquals("true", browser.attribute("#register\\:email", "aria-invalid"));
        }
    }

    @Test
    void overLongMalformedAndMismatchedInputIsRefused() {
        String email = TestAccounts.uniqueEmail("bad");
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("/account/register.xhtml")
                    .fill("register:email", "not-an-address")
                    .fill("register:password", TestAccounts.PASSWORD)
                    .fill("register:confirmation", TestAccounts.PASSWORD + " but different")
                    .force("register:fullName", "x".repeat(10_000))
                    .fill("register:organisation", "<script>alert(1)</script>")
                    .choose("register:country", "KE")
                    .choose("register:organisationType", "REGULATOR")
                    .click("register:submit");
            List<String> errors = browser.texts(".field-error");
            assertTrue(errors.contains("E-mail address: enter an address such as name@example.org."), errors::toString);
            assertTrue(errors.contains("Full name: at most 200 characters."), errors::toString);
            assertTrue(errors.contains("Organisation: use plain text, without < or >."), errors::toString);

            browser.fill("register:email", email)
                    .fill("register:password", TestAccounts.PASSWORD)
                    .fill("register:confirmation", TestAccounts.PASSWORD + " but different")
                    .fill("register:fullName", "Robert'); DROP TABLE account;--")
                    .fill("register:organisation", "Autorité de régulation 🛡️")
                    .click("register:submit");
            assertEquals(List.of("Repeat the password: the two passwords are not the same."), browser.texts(".field-error"));

            browser.fill("register:password", TestAccounts.PASSWORD)
                    .fill("register:confirmation", TestAccounts.PASSWORD)
                    .click("register:submit");
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            assertEquals("Robert'); DROP TABLE account;--", browser.text(".signed-in-as strong"));
            browser.go("/account/profile.xhtml");
            assertEquals("Autorité de régulation 🛡️", browser.value("profile:organisation"),
                    "an emoji (outside the Basic Multilingual Plane) typed and kept");
        }
    }

    @Test
    void duplicateAddressAndWrongPasswordGetAClearMessage() {
        String email = TestAccounts.uniqueEmail("twice");
        try (Browser browser = Browser.open(base, "fr")) {
            Journeys.register(browser, email, "Première Personne");
            Journeys.register(browser, email, "Deuxième Personne");
            assertTrue(browser.text(".form-errors").contains("ne peut pas être utilisée"), browser.text(".form-errors"));

            Journeys.signIn(browser, email, "wrong password here");
            assertTrue(browser.path().startsWith("/sign-in.xhtml"));
            assertTrue(browser.text(".form-errors").contains("incorrect"), browser.text(".form-errors"));
        }
    }
}
