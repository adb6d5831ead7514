package org.capacityacademy.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator downloads the sample file, imports people from a file with an error row,
 * then works with cohorts: opens the imported one, creates another, adds a member, enrols it
 * in a course. Every page visited passes the accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminImportIT {

    @ArquillianResource
    URL base;

    @Test
    void administratorImportsPeopleAndEnrolsACohort() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String cohort = "Sahel programme " + tag;
        try (Browser admin = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            admin.clickLink("Import people");
            assertEquals("Import people", admin.text("h1"));

            assertEquals("/admin/import.xhtml?tooLarge=true 200", admin.postedBytesEndAt("/admin/import.xhtml", 30),
                    "a file far over the limit brings the page back, which says why");
            admin.go("/admin/import.xhtml?tooLarge=true");
            assertEquals("The file is larger than 20 MB. Split it into smaller files.", admin.text("#too-large"));

            String sample = new String(admin.fetchBytes(admin.attribute("#sample", "pathname")), StandardCharsets.UTF_8);
            assertTrue(sample.startsWith("email,full_name,country,organisation,organisation_type"), sample);
            String csv = sample.replace("@example.org", "-" + tag + "@example.org").replace("Sample programme 2026", cohort)
                    + "bad-" + tag + "@example.org,=cmd|' /C calc'!A0,XX,Org,CERT,,,,,\n";
            Path file = Files.createTempFile("people", ".csv");
            Files.writeString(file, csv);

            admin.upload("upload:file", file).click("upload:submit");
            assertEquals("New people: 3 · Updates: 0 · Rows with errors: 1", admin.text("#counts"));
            assertEquals("Cohorts that will be created: " + cohort, admin.text("#new-cohorts"));
            String errorRow = admin.text("#outcomes tbody tr.error");
            assertTrue(errorRow.startsWith("5 bad-" + tag) && errorRow.contains("error")
                    && errorRow.contains("full_name: a value may not begin with =, +, - or @")
                    && errorRow.contains("country: XX is not a country code"), errorRow);
            admin.click("rows:errors-only");
            assertEquals(1, admin.elements("#outcomes tbody tr").size());
            admin.click("rows:all-rows").click("rows:apply");
            assertEquals("People created: 3", admin.text("#report-created"));
            assertEquals("Enrolments made: 2", admin.text("#report-enrolled"));
            assertEquals("People added to cohorts: 3 (cohorts created: 1)", admin.text("#report-cohorts"));
            assertEquals("Rows with errors not imported: 1", admin.text("#report-skipped"));
            String mail = admin.text("#report-mail");
            assertTrue(mail.equals("E-mails with a link to set a password sent: 3") || mail.equals("E-mails that could not be sent: 3. "
                    + "The people were imported; they can use “Forgot your password?” on the sign-in page."), mail);
            Files.delete(file);

            admin.clickLink("Cohorts").clickLink(cohort);
            assertEquals("3 members", admin.text("#member-count"));
            String course = courseOption(admin);
            admin.choose("enrol:course", course).click("enrol:submit");
            assertEquals("The cohort is enrolled in gge-2013: one member was enrolled.", admin.text("#messages li"),
                    "the two imported with the course are enrolled already");
            admin.choose("enrol:course", course).click("enrol:submit");
            assertEquals("The cohort is enrolled in gge-2013: no member needed enrolling.", admin.text("#messages li"));
            assertTrue(admin.path().startsWith("/admin/cohort.xhtml?id="), "after a change the page is at the cohort's own address");
            admin.click("enrol:submit");
            assertEquals("Course: choose the course to enrol the cohort in.", admin.text("#messages li"));
            assertTrue(admin.text("#courses tbody").contains("(gge-2013)\n3") || admin.text("#courses tbody").contains("(gge-2013) 3"),
                    admin.text("#courses tbody"));

            admin.clickLink("All cohorts").fill("create:name", "Second intake " + tag)
                    .fill("create:description", "Officials who join in spring").click("create:submit");
            assertEquals("Cohort: Second intake " + tag, admin.text("h1"));
            admin.fill("add:email", "tevita.fifita-" + tag + "@example.org").click("add:submit");
            assertEquals("One member", admin.text("#member-count"));
            admin.fill("add:email", "nobody-" + tag + "@example.org").click("add:submit");
            assertEquals("Nobody has an account with the address nobody-" + tag
                    + "@example.org. Ask them to register, or import them from a CSV file.", admin.text("#messages li"));
            admin.choose("enrol:course", course).click("enrol:submit");
            assertEquals("The cohort is enrolled in gge-2013: no member needed enrolling.", admin.text("#messages li"));

            admin.clickLink("العربية");
            try {
                assertTrue(admin.text("h1").startsWith("المجموعة"), admin.text("h1"));
                assertEquals("rtl", admin.attribute("html", "dir"));
            } finally {
                admin.clickLink("English");
            }
            admin.goAgain("/admin/cohort.xhtml?id=not-a-number");
            assertEquals("There is no such cohort.", admin.text("#no-cohort"), "a bad address is a message, not an error");

            // the report by cohort counts the enrolments just made, on the page and in its export
            admin.clickLink("Reports").click("refresh:submit");
            admin.goAgain("/admin/reports.xhtml?by=cohort&course=gge-2013");
            assertEquals("Figures by Cohort", admin.text("#report caption"));
            assertTrue(admin.texts("#report tbody tr").stream().anyMatch(row -> row.startsWith(cohort + " 3")),
                    "the imported cohort's three enrolments: " + admin.text("#report tbody"));
            String export = new String(admin.fetchBytes("/api/admin/reports.csv?by=cohort&course=gge-2013"), StandardCharsets.UTF_8);
            assertTrue(export.contains("\r\n" + cohort + ",3,"), export);
            assertTrue(export.contains("\r\nSecond intake " + tag + ",1,"), export);
        }
    }

    private static String courseOption(Browser admin) {
        for (WebElement option : admin.elements("#enrol\\:course option")) {
            if (option.getText().endsWith("(gge-2013)")) {
                return option.getAttribute("value");
            }
        }
        throw new AssertionError("the course gge-2013 is not offered");
    }
}
