package org.capacityacademy.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator registers their ministry's OpenID Connect provider on the administrators' page
 * (its secret typed once and never shown again, its name in English and French); learners, in
 * French, Russian and Arabic on a 320 px phone, find the "Sign in with …" button on the sign-in page,
 * log in at the provider ({@link TestProvider}, a real one, whose own login page is not ours to
 * check), complete the profile the provider did not fill, and are signed in. Every page of the
 * platform visited passes the accessibility check and fits the phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProviderJourneyIT {

    private static final Pattern SAVED = Pattern.compile("saved=(\\d+)");

    @ArquillianResource
    URL base;

    @Test
    void administratorRegistersAProviderAndLearnersSignInThroughIt() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String issuer = TestProvider.get().issuer("health-" + unique);
        String secret = "Ministry-secret-" + unique;
        long provider;
        try (Browser admin = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            admin.go("/admin/users.xhtml").clickLink("Sign-in providers");
            assertEquals("/admin/identity-providers.xhtml", admin.path());
            admin.fill("provider:issuer", "not an address").fill("provider:clientId", "academy-" + unique)
                    .fill("provider:name-en", "Ministry of Health " + unique).click("provider:submit");
            assertTrue(admin.texts(".field-error, .form-errors li").stream().anyMatch(t -> t.startsWith("Issuer address:")),
                    () -> admin.texts(".field-error, .form-errors li").toString());
            admin.fill("provider:issuer", issuer).fill("provider:secret", secret)
                    .fill("provider:name-fr", "Ministère de la Santé " + unique).click("provider:submit");
            assertEquals("The provider is saved.", admin.text("#saved"));
            Matcher saved = SAVED.matcher(admin.path());
            assertTrue(saved.find(), admin.path());
            provider = Long.parseLong(saved.group(1));
            String row = admin.texts("#providers tbody tr").stream().filter(r -> r.contains(unique)).findFirst().orElseThrow();
            assertTrue(row.contains(issuer) && row.contains("kept, not shown") && row.contains("Enabled"), row);
            admin.clickLink("Ministry of Health " + unique);
            assertEquals(issuer, admin.value("provider:issuer"));
            assertEquals("", admin.value("provider:secret"), "the secret is never shown again");
            assertFalse(admin.pageSource().contains(secret));
            admin.fill("provider:domains", unique + ".health.example").click("provider:submit");
            assertEquals("The provider is saved.", admin.text("#saved"), "changed without its secret typed again: the secret is kept");
            assertTrue(admin.texts("#providers tbody tr").stream().anyMatch(r -> r.contains(unique + ".health.example")
                    && r.contains("kept, not shown")));
        }
        for (String language : List.of("fr", "ru", "ar")) {
            String email = "official-" + language + "@" + unique + ".health.example";
            try (Browser learner = Browser.open(base, language)) {
                learner.phone(320);
                learner.go("/sign-in.xhtml");
                assertEquals("0", learner.sidewaysOverflow(), "the sign-in page fits in " + language);
                String button = "#provider-" + provider;
                if (language.equals("fr")) {
                    assertEquals("Se connecter avec Ministère de la Santé " + unique, learner.accessibleName(button));
                } else {
                    assertTrue(learner.accessibleName(button).contains("Ministry of Health " + unique),
                            "the English name where none was given: " + learner.accessibleName(button));
                }
                learner.clickAgain("provider-" + provider);
                // the provider's own login page (not ours, so not checked): the subject and the claims it will vouch for,
                // filled and sent by script, since a click there is placed by the phone emulation's coordinates
                learner.script("var form = document.forms[0]; form.username.value = arguments[0];"
                                + " form.claims.value = arguments[1]; form.submit();", "sub-" + language + "-" + unique,
                        "{\"email\": \"" + email + "\", \"email_verified\": true, \"name\": \"Official " + language + "\"}");
                // the provider answers, then the platform exchanges the code and fetches the provider's keys:
                // seconds on a busy machine, before the browser leaves the provider's page
                try {
                    learner.waitUntilCount("#complete", 1, Duration.ofSeconds(60));
                } catch (RuntimeException e) {
                    throw new AssertionError("not on the profile page in " + language + ": " + learner.path() + "\n" + learner.pageSource(), e);
                }
                learner.go(learner.path());   // the profile page, checked as every page is
                assertEquals("0", learner.sidewaysOverflow(), "the profile page fits in " + language);
                assertEquals(email, learner.text("#email"));
                assertEquals("Official " + language, learner.value("complete:fullName"));
                learner.choose("complete:country", "KE").fill("complete:organisation", "Ministry of Health")
                        .choose("complete:organisationType", "CERT").click("complete:submit");
                assertTrue(learner.path().startsWith("/index.xhtml"), learner.path());
                assertEquals(1, learner.texts(".signed-in-as").size(), "signed in");
                assertEquals(language, learner.attribute("html", "lang"));
            }
        }
    }
}
