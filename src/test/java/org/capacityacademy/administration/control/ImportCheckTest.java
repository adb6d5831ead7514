package org.capacityacademy.administration.control;

import org.capacityacademy.administration.control.RowOutcome.Verdict;
import org.capacityacademy.country.control.CountryRecord;
import org.capacityacademy.country.control.CountryReferenceData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading and checking files of people: every kind of bad input gets its own answer, row by row. */
class ImportCheckTest {

    static final String HEADER = "email,full_name,country,organisation,organisation_type,job_title,gender,language,cohort,course\n";
    static final Set<String> COUNTRIES = CountryReferenceData.load().stream().map(CountryRecord::alpha2).collect(Collectors.toSet());

    /** The platform as the check sees it: the real country list, one course, one registered person, one cohort. */
    static class FakePlatform implements ImportCheck.Platform {
        final Set<String> registered = new HashSet<>(Set.of("known@example.org"));
        final List<Integer> batches = new ArrayList<>();

        @Override
        public boolean isCountry(String code) {
            return COUNTRIES.contains(code);
        }

        @Override
        public boolean isCourse(String code) {
            return code.equals("gge-2013");
        }

        @Override
        public Set<String> registeredAmong(Collection<String> emails) {
            batches.add(emails.size());
            return emails.stream().filter(registered::contains).collect(Collectors.toSet());
        }

        @Override
        public boolean isCohort(String name) {
            return name.equalsIgnoreCase("Pacific 2026");
        }
    }

    private static ImportPreview check(String csv) {
        return ImportCheck.check(csv.getBytes(StandardCharsets.UTF_8), new FakePlatform());
    }

    private static List<String> problemsOf(RowOutcome row) {
        return row.problems().stream().map(p -> p.column() + " " + p.key() + " " + p.argument()).toList();
    }

    @Test
    void theSampleFileDownloadableFromThePageImportsWithoutErrors() throws Exception {
        ImportPreview preview = ImportCheck.check(Files.readAllBytes(Path.of("src/main/webapp/admin/people-sample.csv")), new FakePlatform());
        assertNull(preview.fileProblem());
        assertEquals(0, preview.errorCount(), () -> preview.rows().toString());
        assertEquals(3, preview.newCount());
        assertEquals(List.of("Sample programme 2026"), preview.newCohorts());
        assertEquals(List.of(2, 3, 4), preview.rows().stream().map(RowOutcome::row).toList(), "rows numbered as a spreadsheet shows them");
    }

    @Test
    void newRegisteredAndWrongRowsAreToldApart() {
        ImportPreview preview = check(HEADER
                + "new@example.org,Ana Pérez,CL,Ministerio del Interior,government,,female,es,Pacific 2026,gge-2013\n"
                + "KNOWN@example.org,,,,,,,,,gge-2013\n"
                + "other@example.org,,,,,,,,,\n");
        assertEquals(List.of(Verdict.NEW, Verdict.UPDATE, Verdict.ERROR), preview.rows().stream().map(RowOutcome::verdict).toList());
        assertEquals(List.of(), preview.newCohorts(), "Pacific 2026 exists (names compared without case)");
        assertEquals(List.of("full_name import.problem.required ", "country import.problem.required ",
                "organisation import.problem.required ", "organisation_type import.problem.required "), problemsOf(preview.rows().get(2)),
                "a new person needs the required values; a registered one may leave them empty");
        assertTrue(preview.isApplicable());
    }

    @Test
    void unknownCountriesCoursesAndChoicesAreNamed() {
        ImportPreview preview = check(HEADER + "a@example.org,A,XX,Org,SPY_AGENCY,,robot,tlh,,gge-2013 nope-101\n");
        assertEquals(List.of("country import.problem.country XX", "organisation_type import.problem.organisationType SPY_AGENCY",
                "gender import.problem.gender robot", "language import.problem.language tlh", "course import.problem.course nope-101"),
                problemsOf(preview.rows().get(0)));
        assertFalse(preview.isApplicable());
    }

    @Test
    void duplicateAddressesAreErrorsOnEveryRowThatHasThem() {
        ImportPreview preview = check(HEADER
                + "twice@example.org,A,KE,Org,CERT,,,,,\n"
                + "b@example.org,B,KE,Org,CERT,,,,,\n"
                + " Twice@Example.org ,C,KE,Org,CERT,,,,,\n");
        assertEquals(List.of("email import.problem.duplicateEmail 4"), problemsOf(preview.rows().get(0)));
        assertEquals(Verdict.NEW, preview.rows().get(1).verdict());
        assertEquals(List.of("email import.problem.duplicateEmail 2"), problemsOf(preview.rows().get(2)));
        assertEquals(2, preview.errorCount());
    }

    @Test
    void formulasAreRefusedInEveryColumn() {
        ImportPreview preview = check(HEADER
                + "f1@example.org,=cmd|' /C calc'!A0,KE,Org,CERT,,,,,\n"
                + "f2@example.org,Ok,KE,+SUM(1),CERT,,,,,\n"
                + "f3@example.org,Ok,KE,Org,CERT,-2+3,,,,\n"
                + "f4@example.org,Ok,KE,Org,CERT,,,,@SUM(A1),\n"
                + "\"=HYPERLINK(\"\"http://x\"\")\",Ok,KE,Org,CERT,,,,,\n");
        assertEquals(List.of("full_name import.problem.formula "), problemsOf(preview.rows().get(0)));
        assertEquals(List.of("organisation import.problem.formula "), problemsOf(preview.rows().get(1)));
        assertEquals(List.of("job_title import.problem.formula "), problemsOf(preview.rows().get(2)));
        assertEquals(List.of("cohort import.problem.formula "), problemsOf(preview.rows().get(3)));
        assertTrue(problemsOf(preview.rows().get(4)).contains("email import.problem.formula "), () -> problemsOf(preview.rows().get(4)).toString());
        assertEquals(5, preview.errorCount());
        assertEquals(List.of(), preview.newCohorts(), "a formula is never a cohort to create");
    }

    @Test
    void badAddressesTooLongValuesAndMarkupAreRefused() {
        ImportPreview preview = check(HEADER
                + "not-an-address,A,KE,Org,CERT,,,,,\n"
                + "long@example.org," + "N".repeat(201) + ",KE,Org,CERT,,,,,\n"
                + "markup@example.org,<script>alert(1)</script>,KE,Org,CERT,,,,,\n"
                + "extra@example.org,A,KE,Org,CERT,,,,,,surplus\n");
        assertEquals(List.of("email import.problem.email "), problemsOf(preview.rows().get(0)));
        assertEquals(List.of("full_name import.problem.tooLong 200"), problemsOf(preview.rows().get(1)));
        assertEquals(List.of("full_name import.problem.plainText "), problemsOf(preview.rows().get(2)));
        assertEquals(List.of(" import.problem.tooManyValues "), problemsOf(preview.rows().get(3)));
    }

    @Test
    void addressesTheFormsRefuseAndDirectionControlsInNamesAreRefused() {
        ImportPreview preview = check(HEADER
                + "a\uD83D\uDE00b@example.org,A,KE,Org,CERT,,,,,\n"
                + "\"admin@example.org'--\",A,KE,Org,CERT,,,,,\n"
                + "bidi@example.org,Ali\u202Eecnar,KE,Org\u2067x\u2069,CERT,,,,,\n");
        assertEquals(List.of("email import.problem.email "), problemsOf(preview.rows().get(0)), "an emoji is not part of an address");
        assertEquals(List.of("email import.problem.email "), problemsOf(preview.rows().get(1)));
        assertEquals(List.of("full_name import.problem.directionControls ", "organisation import.problem.directionControls "),
                problemsOf(preview.rows().get(2)), "a name that would print reversed");
    }

    @Test
    void aByteOrderMarkSemicolonsAnyCaseOfHeadersAndQuotedLinesAreRead() {
        String csv = "\uFEFFEmail;Full Name;COUNTRY;Organisation;organisation_type\n"
                + "semi@example.org;\"Pérez; Ana\";ke;Ministry of ICT;CERT\n"
                + "lines@example.org;Ana;KE;\"Ministry\nof ICT\";CERT\n"
                + "after@example.org;Ana;KE;Ministry;CERT\n";
        ImportPreview preview = check(csv);
        assertNull(preview.fileProblem());
        assertEquals(Verdict.NEW, preview.rows().get(0).verdict(), () -> preview.rows().toString());
        assertEquals("Pérez; Ana", preview.rows().get(0).fullName());
        assertEquals(List.of("organisation import.problem.plainText "), problemsOf(preview.rows().get(1)),
                "a line break inside a quoted value is read, and refused in a name");
        assertEquals(4, preview.rows().get(2).row(), "a spreadsheet shows a value with a line break on one row");
    }

    @Test
    void aFileNotInUtf8IsRefusedWithTheLineToLookAt() {
        byte[] latin1 = (HEADER + "a@example.org,José,ES,Org,CERT,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        ImportPreview preview = ImportCheck.check(latin1, new FakePlatform());
        assertEquals(new FileProblem("import.file.encoding", "2"), preview.fileProblem());
        assertTrue(preview.rows().isEmpty());

        byte[] utf16 = (HEADER + "a@example.org,José,ES,Org,CERT,,,,,\n").getBytes(StandardCharsets.UTF_16);
        assertEquals("import.file.encoding", ImportCheck.check(utf16, new FakePlatform()).fileProblem().key());
        byte[] utf16le = (HEADER + "a@example.org,Jose,ES,Org,CERT,,,,,\n").getBytes(StandardCharsets.UTF_16LE);
        assertEquals("import.file.encoding", ImportCheck.check(utf16le, new FakePlatform()).fileProblem().key());
    }

    @Test
    void missingUnknownAndRepeatedColumnsAreNamed() {
        assertEquals(new FileProblem("import.file.missingColumns", "country, organisation_type"),
                check("email,full_name,organisation\na@example.org,A,Org\n").fileProblem());
        assertEquals(new FileProblem("import.file.unknownColumns", "countri"),
                check("email,full_name,country,organisation,organisation_type,countri\n").fileProblem());
        assertEquals(new FileProblem("import.file.duplicateColumn", "email"),
                check("email,full_name,country,organisation,organisation_type,Email\n").fileProblem());
    }

    @Test
    void emptyFilesHeadersAloneAndBrokenQuotesAreFileProblems() {
        assertEquals("import.file.empty", ImportCheck.check(new byte[0], new FakePlatform()).fileProblem().key());
        assertEquals("import.file.empty", check("\n\n").fileProblem().key());
        assertEquals("import.file.noRows", check(HEADER + ",,,,,,,,,\n").fileProblem().key());
        ImportPreview broken = check(HEADER + "a@example.org,\"Ana,KE,Org,CERT,,,,,\n");
        assertEquals("import.file.notCsv", broken.fileProblem().key());
        assertFalse(broken.isApplicable());
    }

    @Test
    void moreRowsThanAllowedIsOneClearProblem() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= PeopleFile.MAX_ROWS; i++) {
            csv.append("p").append(i).append("@example.org,P,KE,Org,CERT,,,,,\n");
        }
        assertEquals(new FileProblem("import.file.tooManyRows", "100000"), check(csv.toString()).fileProblem());
    }

    @Test
    void aHundredThousandRowsArePreviewedQuicklyInLittleMemoryAndAskTheDatabaseInBatches() {
        byte[] file = PeopleFiles.generated(PeopleFile.MAX_ROWS);
        FakePlatform platform = new FakePlatform();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        ImportPreview preview = ImportCheck.check(file, platform);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long retained = runtime.totalMemory() - runtime.freeMemory() - before;
        assertNull(preview.fileProblem());
        assertEquals(PeopleFile.MAX_ROWS, preview.rows().size());
        assertEquals(PeopleFile.MAX_ROWS / 100, preview.errorCount(), "every hundredth row has an unknown country");
        assertEquals(PeopleFile.MAX_ROWS - PeopleFile.MAX_ROWS / 100, preview.newCount());
        assertEquals("country import.problem.country ZZ", problemsOf(preview.page(0, 1, true).get(0)).get(0));
        assertEquals(50, preview.page(50, 50, false).size());
        assertTrue(platform.batches.stream().allMatch(size -> size <= ImportCheck.BATCH));
        assertEquals(PeopleFile.MAX_ROWS / ImportCheck.BATCH, platform.batches.size());
        assertTrue(millis < 30_000, "preview took " + millis + " ms");
        assertTrue(retained < 100L * 1024 * 1024, "the preview keeps " + retained / (1024 * 1024) + " MB");
    }
}
