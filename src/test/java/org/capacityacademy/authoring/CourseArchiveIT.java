package org.capacityacademy.authoring;

import jakarta.inject.Inject;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestCourses;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.authoring.archives.boundary.ArchiveImport.Outcome;
import org.capacityacademy.authoring.archives.boundary.ArchiveImport;
import org.capacityacademy.authoring.archives.boundary.CourseArchives;
import org.capacityacademy.authoring.archives.control.CourseArchive;
import org.capacityacademy.authoring.drafts.boundary.Authorship;
import org.capacityacademy.authoring.drafts.boundary.DraftFile;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.authoring.drafts.boundary.Publication;
import org.capacityacademy.authoring.drafts.entity.Stage;
import org.capacityacademy.catalog.boundary.ImportReport;
import org.capacityacademy.courseformat.ContentHash;
import org.capacityacademy.courseformat.CourseFiles;
import org.capacityacademy.courseformat.CourseReader;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Courses as zips on the real server and database: the shipped course makes the round trip unchanged; bad zips store nothing. */
@ExtendWith(ArquillianExtension.class)
class CourseArchiveIT {

    private static final String SHIPPED = "gge-2013";
    private static final String LESSON = "modules/08-conclusions/01-an-iterative-process.md";

    @Inject
    CourseArchives archives;

    @Inject
    Drafts drafts;

    @Inject
    Authorship authorship;

    @Inject
    AccountService accounts;

    private String person(String name, Role role) {
        return TestAccounts.registered(accounts, name, role);
    }

    private static String hash(Map<String, String> files) throws Exception {
        return ContentHash.of(CourseReader.read(CourseFiles.of(files)));
    }

    private static Map<String, String> contents(Map<String, DraftFile> draft) {
        Map<String, String> files = new TreeMap<>();
        draft.values().forEach(f -> files.put(f.path(), f.content()));
        return files;
    }

    /** A zip of these entries exactly as named, for zips no export would make. */
    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void theShippedCourseExportedAndImportedAgainIsTheSameCourse() throws Exception {
        String administrator = person("admin", Role.ADMIN);
        String shipped = ContentHash.of(CourseReader.read(TestCourses.coursesDir().resolve(SHIPPED)));

        byte[] zip = archives.export(administrator, SHIPPED, Stage.PUBLISHED).orElseThrow();
        CourseArchive archive = CourseArchive.read(zip);
        assertEquals(SHIPPED, archive.folder(), "one folder named after the course");
        assertEquals(shipped, hash(archive.files()), "the zip holds the course as shipped");

        ArchiveImport imported = archives.importArchive(administrator, zip);
        assertTrue(imported.isImported(), imported::toString);
        assertEquals(SHIPPED, imported.course());
        assertEquals(shipped, hash(contents(drafts.draft(administrator, SHIPPED))), "the draft is the same course");
        Publication publication = drafts.check(administrator, SHIPPED);
        assertTrue(publication.mayPublish(), () -> publication.problems().toString());
        assertEquals(java.util.List.of(), publication.changes(), "nothing to add, change or retire");

        ImportReport published = drafts.publish(administrator, SHIPPED, false);
        assertEquals(0, published.lessonsChanged() + published.questionsChanged() + published.sectionsChanged()
                + published.retired(), published::toString);
        assertFalse(drafts.hasDraft(administrator, SHIPPED));
        assertEquals(shipped, hash(drafts.published(administrator, SHIPPED)));
    }

    @Test
    void aZipStartsACourseThenReplacesItsDraftForItsAuthorsOnly() throws Exception {
        String code = "zip-" + UUID.randomUUID().toString().substring(0, 8);
        String author = person("author", Role.INSTRUCTOR);
        String colleague = person("colleague", Role.INSTRUCTOR);
        String learner = person("learner", null);
        Map<String, String> files = TestCourses.filesOfTheCourse(code);

        assertEquals(Outcome.NOT_AN_AUTHOR, archives.importArchive(learner, CourseArchive.write(code, files)).outcome(),
                "a learner starts no course");
        ArchiveImport started = archives.importArchive(author, CourseArchive.write(code, files));
        assertEquals(Outcome.STARTED, started.outcome(), started::toString);
        assertTrue(authorship.editableCourses(author).contains(code));
        assertEquals(hash(files), hash(contents(drafts.draft(author, code))));

        Map<String, String> edited = new TreeMap<>(files);
        edited.put(LESSON, files.get(LESSON).replace("<!-- en -->", "<!-- en -->\nA sentence added offline.\n"));
        edited.remove("source/A-68-98.zh.txt");
        edited.put("source/README.md", "The report as published.\n");
        ArchiveImport replaced = archives.importArchive(author, CourseArchive.write(code, edited));
        assertEquals(Outcome.DRAFT_REPLACED, replaced.outcome(), replaced::toString);
        assertEquals(java.util.List.of(code, "3"), replaced.arguments(), "one file changed, one removed, one added");
        assertEquals(edited, contents(drafts.draft(author, code)), "the draft holds exactly the zip's files");
        assertEquals(Outcome.DRAFT_UNCHANGED, archives.importArchive(author, CourseArchive.write(code, edited)).outcome());

        byte[] draftZip = archives.export(author, code, Stage.DRAFT).orElseThrow();
        assertEquals(edited, CourseArchive.read(draftZip).files(), "the draft downloads as it is");
        assertTrue(archives.export(author, code, Stage.PUBLISHED).isEmpty(), "never published: no published files");

        ArchiveImport stranger = archives.importArchive(colleague, CourseArchive.write(code, files));
        assertEquals(Outcome.NOT_AN_AUTHOR, stranger.outcome(), "the course exists and is not the colleague's");
        assertEquals(edited, contents(drafts.draft(author, code)), "and its draft did not change");
        assertThrows(NotAnAuthor.class, () -> archives.export(colleague, code, Stage.DRAFT));
    }

    @Test
    void aZipThatIsNotACourseOrHasProblemsStoresNothing() throws Exception {
        String code = "bad-zip-" + UUID.randomUUID().toString().substring(0, 8);
        String author = person("author", Role.INSTRUCTOR);
        Map<String, String> files = TestCourses.filesOfTheCourse(code);

        Map<String, String> slip = new LinkedHashMap<>();
        files.forEach((path, text) -> slip.put(code + "/" + path, text));
        slip.put(code + "/../../evil.md", "x");
        ArchiveImport outside = archives.importArchive(author, zip(slip));
        assertEquals(Outcome.REFUSED, outside.outcome());
        assertEquals("author.archive.outsideFolder", outside.messageKey());
        assertEquals(java.util.List.of(code + "/../../evil.md"), outside.arguments());

        assertEquals("author.archive.notAZip", archives.importArchive(author, "not a zip".getBytes(StandardCharsets.UTF_8)).messageKey());
        assertEquals("author.archive.notNamedAfterCourse",
                archives.importArchive(author, CourseArchive.write("another-name", files)).messageKey());

        Map<String, String> broken = new TreeMap<>(files);
        String quiz = "modules/07-capacity-building/quiz.en.gift";
        broken.put(quiz, files.get(quiz) + "\n::capacity-building-99:: Unclosed {=a ~b\n");
        ArchiveImport problems = archives.importArchive(author, CourseArchive.write(code, broken));
        assertEquals(Outcome.PROBLEMS, problems.outcome());
        assertTrue(problems.problems().stream().anyMatch(p -> p.file().equals(quiz) && p.line() > 0), problems::toString);

        Map<String, String> badName = new TreeMap<>(files);
        badName.put("source/notes with spaces.txt", "x");
        assertEquals(Outcome.REFUSED, archives.importArchive(author, CourseArchive.write(code, badName)).outcome(),
                "a file name a draft cannot hold");

        assertFalse(authorship.editableCourses(author).contains(code), "no refused zip started the course");
    }
}
