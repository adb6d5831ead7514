package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestCourses;
import org.capacityacademy.authoring.archives.control.CourseArchive;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An instructor uploads course zips whose course.yaml is broken or hostile but which have modules
 * (no languages, an alias bomb, Java tags, deep nesting): each time the course files page lists the
 * problems with file and line, never the server-error page. Every page visited passes the
 * accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileCourseZipIT {

    @ArquillianResource
    URL base;

    @Test
    void brokenOrHostileCourseFilesAreListedAsProblemsNeverAsAServerError() throws Exception {
        String email = TestAccounts.uniqueEmail("hostile-zip");
        Journeys.seedInstructors(base, email, "Nadia Haddad");
        String course = "hostile-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> files = TestCourses.filesOfTheCourse(course);
        String courseYaml = files.get("course.yaml");
        Map<String, String> broken = new TreeMap<>();
        broken.put("no languages", courseYaml.replaceFirst("(?m)^languages: .*\\n", ""));
        broken.put("alias bomb", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nid: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n");
        broken.put("java tag", "id: " + course + "\nlanguages: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\n");
        broken.put("deep nesting", "id: " + course + "\nlanguages: " + "[".repeat(2000) + "]".repeat(2000) + "\n");
        try (Browser instructor = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(instructor, email, TestAccounts.PASSWORD);
            for (Map.Entry<String, String> yaml : broken.entrySet()) {
                Map<String, String> zipped = new TreeMap<>(files);
                zipped.put("course.yaml", yaml.getValue());
                Path zip = Files.createTempFile("hostile", ".zip");
                Files.write(zip, CourseArchive.write(course, zipped));
                instructor.go("/author/import-course.xhtml").upload("upload:file", zip).click("upload:submit");
                assertEquals("Course files", instructor.text("h1"), yaml.getKey() + ": the page itself, not an error page");
                assertEquals("The course’s files have problems, so nothing was imported. Fix them and upload the zip again.",
                        instructor.text("#outcome-message"), yaml.getKey());
                assertTrue(instructor.texts("#problems tbody th").stream().anyMatch(cell -> cell.matches("course\\.yaml:\\d+")),
                        yaml.getKey() + ": " + instructor.text("#problems"));
                Files.delete(zip);
            }
            assertTrue(instructor.text("#problems").contains("'languages' must list") || instructor.text("#problems").contains("YAML"),
                    instructor.text("#problems"));
        }
    }
}
