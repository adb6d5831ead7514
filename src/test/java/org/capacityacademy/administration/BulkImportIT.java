package org.capacityacademy.administration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.boundary.PasswordResets;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.administration.boundary.BulkImport;
import org.capacityacademy.administration.boundary.Cohorts;
import org.capacityacademy.administration.boundary.ImportChanged;
import org.capacityacademy.administration.boundary.ImportReport;
import org.capacityacademy.administration.control.ImportPreview;
import org.capacityacademy.administration.control.PeopleFile;
import org.capacityacademy.administration.control.PeopleFiles;
import org.capacityacademy.administration.control.RowOutcome;
import org.capacityacademy.administration.control.RowOutcome.Verdict;
import org.capacityacademy.administration.entity.Cohort;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.learning.boundary.Learning;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bulk import on the real server and database: the preview saves nothing, applying is all or nothing, and runs twice safely. */
@ExtendWith(ArquillianExtension.class)
class BulkImportIT {

    @Inject
    BulkImport bulkImport;

    @Inject
    AccountService accounts;

    @Inject
    Cohorts cohorts;

    @Inject
    Learning learning;

    @Inject
    Catalog catalog;

    @Inject
    AuditLog audit;

    @Inject
    PasswordResets passwordResets;

    @Inject
    ServletContext servletContext;

    @PersistenceContext
    EntityManager em;

    private String person(String name) {
        String email = TestAccounts.uniqueEmail(name);
        accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile(name));
        return email;
    }

    /** How many rows the tables an import writes to hold, all together. */
    private List<Long> tableSizes() {
        return List.of("Account", "Enrolment", "Cohort", "CohortMember", "CohortCourse", "AuditEntry").stream()
                .map(entity -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult()).toList();
    }

    @Test
    void aPreviewOfAHundredThousandRowsSavesNothing() {
        List<Long> before = tableSizes();
        long start = System.nanoTime();
        ImportPreview preview = bulkImport.preview(PeopleFiles.generated(PeopleFile.MAX_ROWS));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(preview.isReadable(), () -> String.valueOf(preview.fileProblem()));
        assertEquals(PeopleFile.MAX_ROWS, preview.rows().size());
        assertEquals(PeopleFile.MAX_ROWS / 100, preview.errorCount());
        assertTrue(seconds < 120, "the preview took " + seconds + " s");
        assertEquals(before, tableSizes(), "nothing saved by a preview");
    }

    @Test
    void applyingSavesEveryRowWithoutErrorsOrNothingAndAgainChangesNothing() {
        long course = catalog.course("gge-2013", "en").orElseThrow().card().id();
        String administrator = person("import-admin");
        String known = person("known");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String newOne = "new-" + tag + "@example.org";
        String later = "later-" + tag + "@example.org";
        String cohortName = "Import intake " + tag;
        byte[] file = ("email,full_name,country,organisation,organisation_type,job_title,gender,language,cohort,course\n"
                + newOne + ",Seini Taufa,TO,Tonga CERT,cert,Analyst,female,en," + cohortName + ",gge-2013\n"
                + later + ",Bolat Ospanov,KZ,Ministry of Digital Development,GOVERNMENT,,,ru,,gge-2013\n"
                + known + ",,,National Regulator,REGULATOR,,,,\"" + cohortName + "\",\n"
                + "wrong-" + tag + "@example.org,Wrong Country,XX,Org,CERT,,,,,\n").getBytes(StandardCharsets.UTF_8);

        List<Long> before = tableSizes();
        ImportPreview preview = bulkImport.preview(file);
        assertEquals(List.of(Verdict.NEW, Verdict.NEW, Verdict.UPDATE, Verdict.ERROR),
                preview.rows().stream().map(RowOutcome::verdict).toList(), preview::toString);
        assertEquals(List.of(cohortName), preview.newCohorts());
        assertEquals(before, tableSizes(), "nothing saved by the preview");

        // someone registers with one of the file's addresses between the preview and applying it
        accounts.register(later, TestAccounts.PASSWORD, TestAccounts.profile("Bolat registered himself"));
        List<Long> beforeApplying = tableSizes();
        ImportChanged changed = assertThrows(ImportChanged.class, () -> bulkImport.apply(administrator, "people.csv", file, preview));
        assertEquals(Verdict.UPDATE, changed.preview().rows().get(1).verdict(), "the new preview says what changed");
        assertEquals(beforeApplying, tableSizes(), "nothing of the import saved");
        assertTrue(accounts.findByEmail(newOne).isEmpty());
        assertTrue(cohorts.findByName(cohortName).isEmpty());

        ImportReport report = bulkImport.apply(administrator, "people.csv", file, changed.preview());
        assertEquals(new ImportReport(1, 2, 2, 2, 1, 1, List.of(newOne)), report);
        Account created = accounts.getByEmail(newOne);
        assertEquals("Seini Taufa", created.getProfile().getFullName());
        assertEquals("TO", created.getProfile().getCountryCode());
        assertEquals(OrganisationType.CERT, created.getProfile().getOrganisationType());
        assertTrue(created.isPasswordChangeRequired(), "a random password they must replace");
        assertEquals("National Regulator", accounts.getByEmail(known).getProfile().getOrganisation());
        assertEquals("known", accounts.getByEmail(known).getProfile().getFullName(), "an empty value keeps what was there");
        assertEquals("Bolat Ospanov", accounts.getByEmail(later).getProfile().getFullName(), "a value given replaces the one there");
        assertTrue(learning.progress(newOne, course).enrolled());
        assertTrue(learning.progress(later, course).enrolled());
        assertFalse(learning.progress(known, course).enrolled(), "the cohort has no course, and the row names none");
        Cohort cohort = cohorts.findByName(cohortName).orElseThrow();
        assertEquals(2, cohorts.memberCount(cohort.getId()));
        assertTrue(accounts.findByEmail("wrong-" + tag + "@example.org").isEmpty(), "the row with an error is not imported");
        assertTrue(audit.of("import", "people.csv").stream().anyMatch(entry -> entry.getActorEmail().equals(administrator)
                && entry.getDetails().contains("created 1, updated 2")));
        // the tests' SMTP server is not listening (only PasswordResetIT starts it): the link is made, the mail fails and says so
        boolean mailed = passwordResets.invite(newOne);
        Number links = (Number) em.createNativeQuery("SELECT COUNT(*) FROM password_reset WHERE account_id = ?1 AND expires_at > ?2")
                .setParameter(1, created.getId()).setParameter(2, java.time.OffsetDateTime.now().plusDays(13)).getSingleResult();
        assertEquals(1, links.intValue(), "a link to set the password, valid for two weeks (mail sent: " + mailed + ")");
        assertTrue(accounts.findByEmail(newOne).isPresent(), "a mail that fails undoes nothing");

        // the cohort is enrolled in the course: importing the file again enrols nobody twice
        cohorts.enrol(administrator, cohort.getId(), course);
        List<Long> afterFirst = tableSizes();
        ImportPreview again = bulkImport.preview(file);
        assertEquals(List.of(Verdict.UPDATE, Verdict.UPDATE, Verdict.UPDATE, Verdict.ERROR),
                again.rows().stream().map(RowOutcome::verdict).toList());
        ImportReport second = bulkImport.apply(administrator, "people.csv", file, again);
        assertEquals(new ImportReport(0, 3, 0, 0, 0, 1, List.of()), second);
        assertEquals(afterFirst.subList(0, 5), tableSizes().subList(0, 5), "no new person, enrolment, cohort or member");
    }

    @Test
    void theSampleFileOfThePageImports() throws Exception {
        byte[] sample;
        try (InputStream in = servletContext.getResourceAsStream("/admin/people-sample.csv")) {
            sample = in.readAllBytes();
        }
        ImportPreview preview = bulkImport.preview(sample);
        assertEquals(0, preview.errorCount(), preview::toString);
        assertTrue(preview.isApplicable());
        ImportReport report = bulkImport.apply(person("sample-admin"), "people-sample.csv", sample, preview);
        assertEquals(3, report.created() + report.updated());
        Cohort cohort = cohorts.findByName("Sample programme 2026").orElseThrow();
        assertEquals(3, cohorts.memberCount(cohort.getId()));
        long course = catalog.course("gge-2013", "en").orElseThrow().card().id();
        assertTrue(learning.progress("amina.diallo@example.org", course).enrolled());
        assertEquals("Нурлан Абенов", accounts.getByEmail("nurlan.abenov@example.org").getProfile().getFullName());
    }
}
