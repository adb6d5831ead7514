package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator opens the reports, computes the figures, changes the breakdown, the period and
 * the charted measure (the address keeps them), downloads the table as CSV and XLSX, and reads
 * the page in Arabic, right to left.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminReportsIT {

    @ArquillianResource
    URL base;

    @Test
    void administratorBreaksTheFiguresDownAndDownloadsThem() throws IOException {
        String email = TestAccounts.uniqueEmail("counted");
        try (Browser learner = Browser.open(base, "en")) {
            Journeys.register(learner, email, "Counted Learner");
            Journeys.signInSuccessfully(learner, email, TestAccounts.PASSWORD);
            learner.go("/catalog/course.xhtml?code=gge-2013").click("enrol:submit");
        }
        try (Browser admin = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            admin.clickLink("Reports");
            assertEquals("Reports", admin.text("h1"));
            admin.click("refresh:submit");
            assertTrue(admin.text("#refreshed").startsWith("Figures computed at"), admin.text("#refreshed"));
            assertTrue(admin.text("#report caption").equals("Figures by Course"), admin.text("#report caption"));
            assertTrue(admin.text("#report tbody").contains("(gge-2013)"), "the shipped course is listed: " + admin.text("#report tbody"));
            assertEquals(List.of("Course", "Enrolments", "Active learners", "Completions", "Completion rate (%)",
                    "Average final score (%)", "Median days to completion"), admin.texts("#report thead th"),
                    "the columns are headed by the measures' names");
            assertFalse(admin.pageSource().contains("ACADEMY_SESSION") || admin.pageSource().contains("user-agent="),
                    "no request header, and not the session cookie, is written into the page");

            admin.goAgain("/admin/reports.xhtml?by=organisationType&country=SN&course=gge-2013");
            assertTrue(admin.text("#report tbody").contains("CERT"), "the learner from Senegal, a CERT, is counted: "
                    + admin.text("#report tbody"));
            assertEquals("SN", admin.selected("country"));

            admin.choose("by", "country").choose("measure", "completions").force("from", "2020-01-01").click("report-submit");
            assertTrue(admin.path().contains("by=country") && admin.path().contains("measure=completions")
                    && admin.path().contains("from=2020-01-01"), admin.path());
            assertEquals("Figures by Country", admin.text("#report caption"));
            assertEquals("img", admin.attribute("svg.chart", "role"));
            assertEquals("Completions by Country", admin.text("svg.chart title"));
            assertEquals("country", admin.selected("by"));

            admin.goAgain("/admin/reports.xhtml?by=month&from=2020-01-01");
            assertEquals("Figures by Month", admin.text("#report caption"));
            assertTrue(admin.elements("svg.chart path").size() <= 1, "a line chart");
            List<String> labels = admin.texts("#report tbody th");
            List<String> enrolments = admin.texts("#report tbody td:nth-of-type(1)");

            byte[] csv = admin.fetchBytes("/api/admin/reports.csv?by=month&from=2020-01-01");
            assertTrue(csv.length > 3 && (csv[0] & 0xFF) == 0xEF && (csv[1] & 0xFF) == 0xBB && (csv[2] & 0xFF) == 0xBF, "a UTF-8 byte order mark");
            String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
            assertEquals("Month,Enrolments,Active learners,Completions,Completion rate (%),Average final score (%),Median days to completion", lines[0]);
            assertEquals(labels.size(), lines.length - 1, "a line per row of the page's table");
            for (int i = 0; i < labels.size(); i++) {
                assertTrue(lines[i + 1].startsWith(labels.get(i) + "," + enrolments.get(i).replace(",", "") + ","),
                        lines[i + 1] + " is the page's " + labels.get(i) + " " + enrolments.get(i));
            }

            byte[] xlsx = admin.fetchBytes("/api/admin/reports.xlsx?by=month&from=2020-01-01");
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                List<Row> rows = workbook.getFirstSheet().read();
                assertEquals("Month", rows.get(0).getCellText(0));
                assertEquals("Enrolments", rows.get(0).getCellText(1));
                assertEquals(labels.size(), rows.size() - 1);
                if (!labels.isEmpty()) {
                    assertEquals(labels.get(0), rows.get(1).getCellText(0));
                }
            }
            assertEquals(400, admin.fetchStatus("/api/admin/reports.csv?by=nonsense"));

            admin.goAgain("/admin/reports.xhtml?by=planet&from=yesterday");
            assertEquals(List.of("Break down by: choose one of the list; the report is by course.",
                    "From: use a date such as 2026-11-30."), admin.texts(".form-errors li"));
            assertEquals("Figures by Course", admin.text("#report caption"), "a bad value is a message, not an error");

            admin.clickLink("العربية");
            try {
                assertEquals("التقارير", admin.text("h1"));
                assertEquals("rtl", admin.attribute("html", "dir"));
                admin.goAgain("/admin/reports.xhtml?by=group");
                assertTrue(admin.text("#report caption").contains("مجموعة التنمية"), admin.text("#report caption"));
            } finally {
                admin.clickLink("English");
            }
        }
    }
}
