package org.capacityacademy.authoring.archives.control;

import org.capacityacademy.authoring.archives.control.ArchiveRefused.Reason;
import org.capacityacademy.courseformat.ContentHash;
import org.capacityacademy.courseformat.CourseFiles;
import org.capacityacademy.courseformat.CourseReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A course zip is read back as the files written, and a zip that is not a course is refused with its reason. */
class CourseArchiveTest {

    private static final Path SHIPPED = Path.of("courses/gge-2013");

    /** A zip of the given entries exactly as named (no folder added), each with its bytes. */
    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> course(String folder) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(folder + "/course.yaml", "id: demo\n".getBytes(StandardCharsets.UTF_8));
        entries.put(folder + "/modules/01-a/module.yaml", "id: a\n".getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static Reason refusal(byte[] zip) {
        return assertThrows(ArchiveRefused.class, () -> CourseArchive.read(zip)).getReason();
    }

    @Test
    void theShippedCourseComesBackAsTheSameCourse() throws Exception {
        Map<String, String> files = CourseFiles.folder(SHIPPED).all();
        byte[] zip = CourseArchive.write("gge-2013", files);

        CourseArchive read = CourseArchive.read(zip);
        assertEquals("gge-2013", read.folder());
        assertEquals(files, read.files());
        assertEquals(ContentHash.of(CourseReader.read(SHIPPED)), ContentHash.of(CourseReader.read(CourseFiles.of(read.files()))));
    }

    @Test
    void textKeepsEveryScriptAndLineEndsBecomeNewlines() throws Exception {
        Map<String, byte[]> entries = course("demo");
        entries.put("demo/report/ar/01.md", "## 1\r\nالفقرة الأولى\r\n".getBytes(StandardCharsets.UTF_8));
        entries.put("demo/report/zh/01.md", "\uFEFF## 1\n信通技术\n".getBytes(StandardCharsets.UTF_8));
        CourseArchive read = CourseArchive.read(zip(entries));
        assertEquals("## 1\nالفقرة الأولى\n", read.files().get("report/ar/01.md"));
        assertEquals("## 1\n信通技术\n", read.files().get("report/zh/01.md"));
    }

    @Test
    void whatZipToolsAddBesideTheFilesIsLeftOut() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("demo/", new byte[0]);
        entries.putAll(course("demo"));
        entries.put("__MACOSX/demo/._course.yaml", new byte[] {0, 5, 22, 7, (byte) 0xff});
        entries.put("demo/.DS_Store", new byte[] {(byte) 0xff, 0});
        CourseArchive read = CourseArchive.read(zip(entries));
        assertEquals(java.util.Set.of("course.yaml", "modules/01-a/module.yaml"), read.files().keySet());
    }

    @Test
    void somethingThatIsNotAZipIsRefused() throws Exception {
        assertEquals(Reason.NOT_A_ZIP, refusal("id: demo\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.NOT_A_ZIP, refusal(new byte[0]));
        assertEquals(Reason.NOT_A_ZIP, refusal(null));
        byte[] truncated = java.util.Arrays.copyOf(zip(course("demo")), 60);
        assertEquals(Reason.NOT_A_ZIP, refusal(truncated));
        assertEquals(Reason.EMPTY, refusal(zip(Map.of())));
    }

    @Test
    void entriesThatWouldLeaveTheFolderAreRefused() throws Exception {
        for (String name : new String[] {"demo/../../etc/passwd", "../demo/course.yaml", "/etc/passwd",
                "demo/modules/../../x.md", "C:/Windows/win.ini", "demo\\..\\..\\evil.md", "demo//course.md", "demo/./x.md"}) {
            Map<String, byte[]> entries = course("demo");
            entries.put(name, "x".getBytes(StandardCharsets.UTF_8));
            ArchiveRefused refused = assertThrows(ArchiveRefused.class, () -> CourseArchive.read(zip(entries)), name);
            assertEquals(Reason.OUTSIDE_FOLDER, refused.getReason(), name);
            assertEquals(name, refused.getEntry());
        }
    }

    @Test
    void aZipMustHoldOneFolderWithCourseYaml() throws Exception {
        Map<String, byte[]> two = course("demo");
        two.putAll(course("other"));
        assertEquals(Reason.NOT_ONE_FOLDER, refusal(zip(two)));

        Map<String, byte[]> flat = new LinkedHashMap<>();
        flat.put("course.yaml", "id: demo\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.NOT_ONE_FOLDER, refusal(zip(flat)));

        Map<String, byte[]> noYaml = new LinkedHashMap<>();
        noYaml.put("demo/modules/01-a/module.yaml", "id: a\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.NO_COURSE_YAML, refusal(zip(noYaml)));
    }

    @Test
    void aPathLongerThanTheDatabaseKeepsIsRefused() throws Exception {
        Map<String, byte[]> entries = course("demo");
        entries.put("demo/modules/" + "a".repeat(CourseArchive.MAX_PATH) + ".md", "x".getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.PATH_TOO_LONG, refusal(zip(entries)));
    }

    @Test
    void tooManyFilesAreRefused() throws Exception {
        Map<String, byte[]> entries = course("demo");
        for (int i = 0; i < 10; i++) {
            entries.put("demo/report/en/" + i + ".md", "## x\n".getBytes(StandardCharsets.UTF_8));
        }
        byte[] zip = zip(entries);
        ArchiveRefused refused = assertThrows(ArchiveRefused.class, () -> CourseArchive.read(zip, 5, CourseArchive.MAX_BYTES));
        assertEquals(Reason.TOO_MANY_FILES, refused.getReason());
        assertEquals(12, CourseArchive.read(zip, 12, CourseArchive.MAX_BYTES).files().size());
    }

    @Test
    void aZipBombIsStoppedAtTheLimitWhateverItsEntriesDeclare() throws Exception {
        // 30 MB of one letter deflates to about 30 KB; the entry declares no size
        Map<String, byte[]> entries = course("demo");
        entries.put("demo/report/en/01.md", "a".repeat(30 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
        byte[] bomb = zip(entries);
        assertTrue(bomb.length < 200_000, "the zip itself is small: " + bomb.length);
        assertEquals(Reason.TOO_LARGE, refusal(bomb));
    }

    @Test
    void aStoredEntryThatLiesAboutItsSizeIsStoppedToo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] big = new byte[3000];
        java.util.Arrays.fill(big, (byte) 'a');
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("demo/course.yaml"));
            zip.write("id: demo\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            ZipEntry stored = new ZipEntry("demo/big.md");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(big.length);
            stored.setCompressedSize(big.length);
            CRC32 crc = new CRC32();
            crc.update(big);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(big);
            zip.closeEntry();
        }
        byte[] zip = bytes.toByteArray();
        assertEquals(Reason.TOO_LARGE,
                assertThrows(ArchiveRefused.class, () -> CourseArchive.read(zip, 10, 2000)).getReason());
    }

    @Test
    void textThatIsNotUtf8IsRefusedNamingTheFile() throws Exception {
        Map<String, byte[]> entries = course("demo");
        entries.put("demo/report/fr/01.md", "## 1\nLe r\u00e9seau\n".getBytes(StandardCharsets.ISO_8859_1));
        ArchiveRefused refused = assertThrows(ArchiveRefused.class, () -> CourseArchive.read(zip(entries)));
        assertEquals(Reason.NOT_UTF8, refused.getReason());
        assertEquals("demo/report/fr/01.md", refused.getEntry());
    }

    @Test
    void aRepeatedEntryIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : new String[] {"demo/course.yaml", "demo\\course.yaml"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("id: demo\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        assertEquals(Reason.DUPLICATE_ENTRY, refusal(bytes.toByteArray()));
    }

    @Test
    void everyReasonHasItsMessageKey() {
        for (Reason reason : Reason.values()) {
            assertTrue(reason.key().matches("author\\.archive\\.[a-z][A-Za-z0-9]+"), reason.key());
        }
        assertArrayEquals(new String[] {"author.archive.notAZip"}, new String[] {Reason.NOT_A_ZIP.key()});
    }
}
