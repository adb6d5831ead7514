package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.capacityacademy.authoring.archives.control.CourseArchive;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator makes an instructor an author of the course; the instructor downloads the
 * course as a zip and uploads it again (nothing to fix, nothing changed), then uploads a file
 * that is not a zip and a zip with a broken question bank (told why, with file and line), also
 * in Arabic; the administrator removes the author, whose download is then forbidden. Every page
 * visited passes the accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseFilesIT {

    private static final String COURSE = "gge-2013";
    private static final String EXPORT = "/api/author/course.zip?course=" + COURSE + "&stage=published";

    @ArquillianResource
    URL base;

    @Test
    void anInstructorMadeAuthorDownloadsTheCourseAndUploadsItAgain() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = TestAccounts.uniqueEmail("instructor");
        String name = "Aminata Diallo " + tag;
        try (Browser instructor = Browser.open(base, "en"); Browser admin = Browser.open(base, "en")) {
            Journeys.register(instructor, email, name);
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);

            admin.go("/admin/courses.xhtml").choose("add-author:course", COURSE).fill("add-author:email", email)
                    .click("add-author:submit");
            assertEquals(email + " is not an instructor. Give them the role INSTRUCTOR on their page first.",
                    admin.text("#messages li"), "only instructors author courses");
            admin.go("/admin/users.xhtml?q=" + email).clickLink(name).click("roles:list:1:grant");
            assertEquals("Instructor", admin.text("#roles\\:list\\:1\\:held"));
            admin.go("/admin/courses.xhtml").choose("add-author:course", COURSE).fill("add-author:email", email)
                    .click("add-author:submit");
            assertEquals(email + " is now an author of " + COURSE + ".", admin.text("#messages li"));
            assertTrue(admin.text("#authors").contains(name + " (" + email + ")"), admin.text("#authors"));

            Journeys.signInSuccessfully(instructor, email, TestAccounts.PASSWORD);
            instructor.go("/author/import-course.xhtml");
            assertEquals("Course files", instructor.text("h1"));
            assertEquals("/author/import-course.xhtml?tooLarge=true 200", instructor.postedBytesEndAt("/author/import-course.xhtml", 12),
                    "an upload far over the limit brings the page back, which says why");
            assertEquals(EXPORT, instructor.attribute("#published-" + COURSE, "pathname")
                    + instructor.attribute("#published-" + COURSE, "search"));
            byte[] zip = instructor.fetchBytes(EXPORT);
            CourseArchive archive = CourseArchive.read(zip);
            assertEquals(COURSE, archive.folder());
            assertTrue(archive.files().containsKey("modules/05-norms/quiz.en.gift"), archive.files().keySet()::toString);

            Path download = Files.createTempFile(COURSE, ".zip");
            Files.write(download, zip);
            instructor.upload("upload:file", download).click("upload:submit");
            assertEquals("The zip holds the course " + COURSE + " exactly as it is now: nothing changed.",
                    instructor.text("#outcome-message"));
            assertTrue(instructor.elements("#problems").isEmpty(), "no problems to fix");

            Path notAZip = Files.createTempFile("notes", ".zip");
            Files.writeString(notAZip, "id: " + COURSE + "\n");
            instructor.upload("upload:file", notAZip).click("upload:submit");
            assertEquals("Nothing was imported.", instructor.text("#outcome-title"));
            assertEquals("The file is not a zip file, or it is damaged.", instructor.text("#outcome-message"));

            Map<String, String> broken = new TreeMap<>(archive.files());
            String quiz = "modules/07-capacity-building/quiz.en.gift";
            broken.put(quiz, broken.get(quiz) + "\n::capacity-building-99:: Unclosed {=a ~b\n");
            Path brokenZip = Files.createTempFile("broken", ".zip");
            Files.write(brokenZip, CourseArchive.write(COURSE, broken));
            instructor.upload("upload:file", brokenZip).click("upload:submit");
            assertEquals("The course’s files have problems, so nothing was imported. Fix them and upload the zip again.",
                    instructor.text("#outcome-message"));
            assertTrue(instructor.texts("#problems tbody th").stream().anyMatch(cell -> cell.matches(
                    java.util.regex.Pattern.quote(quiz) + ":\\d+")), instructor.text("#problems"));

            instructor.clickLink("العربية");
            try {
                assertEquals("ملفات الدورات", instructor.text("h1"));
                assertEquals("rtl", instructor.attribute("html", "dir"));
                instructor.upload("upload:file", notAZip).click("upload:submit");
                assertEquals("الملف ليس ملف zip أو أنه تالف.", instructor.text("#outcome-message"));
            } finally {
                instructor.clickLink("English");
            }
            Files.delete(download);
            Files.delete(notAZip);
            Files.delete(brokenZip);

            admin.go("/admin/courses.xhtml");
            String remove = admin.elements("#authors input[value='Remove " + email + "']").get(0).getAttribute("id");
            admin.click(remove);
            assertEquals(email + " is no longer an author of " + COURSE + ".", admin.text("#messages li"));
            assertEquals(403, instructor.fetchStatus(EXPORT), "no longer an author, no longer a download");
            assertEquals(0, new String(instructor.fetchBytes(EXPORT), StandardCharsets.UTF_8).length());
        }
    }
}
