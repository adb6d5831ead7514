package org.capacityacademy.authoring.archives.control;

import org.capacityacademy.authoring.archives.control.ArchiveRefused.Reason;
import org.capacityacademy.courseformat.CourseFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A course's files as a zip in the format of {@code courses/}: one top folder named after the
 * course, holding {@code course.yaml} and the rest by their paths. Reading trusts nothing in the
 * zip: names that would leave the folder, more files or bytes than a course can hold (however
 * small the zip), and text that is not UTF-8 are refused with the reason, before anything is kept.
 *
 * @param folder the zip's top folder, which should be the course's code
 * @param files  the files by path inside that folder, text with {@code \n} line ends
 */
public record CourseArchive(String folder, Map<String, String> files) {

    /** More files than any course needs (the shipped one has about 60). */
    public static final int MAX_FILES = 2000;
    /** Uncompressed bytes of all the files together (the shipped course is about 0.4 MB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** The longest path a course file may have (the {@code course_file.path} column). */
    public static final int MAX_PATH = 300;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    /** What zip tools add beside the files: macOS's resource forks, hidden files such as .DS_Store. */
    private static final String MAC_FORKS = "__MACOSX";

    public CourseArchive {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The course's files as a zip whose one folder is named after the course. */
    public static byte[] write(String code, Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(code + "/"));
            zip.closeEntry();
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(code + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return bytes.toByteArray();
    }

    public static CourseArchive read(byte[] zip) throws ArchiveRefused {
        return read(zip, MAX_FILES, MAX_BYTES);
    }

    /** Reads a zip with the given limits on the number of files and their uncompressed bytes. */
    public static CourseArchive read(byte[] zip, int maxFiles, long maxBytes) throws ArchiveRefused {
        if (zip == null || zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
            throw new ArchiveRefused(Reason.NOT_A_ZIP, null);
        }
        String folder = null;
        Map<String, String> files = new TreeMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().replace('\\', '/');
                checkInside(entry.getName(), name);
                if (entry.isDirectory() || ignored(name)) {
                    continue;
                }
                int slash = name.indexOf('/');
                String top = slash < 0 ? "" : name.substring(0, slash);
                if (top.isEmpty() || folder != null && !folder.equals(top)) {
                    throw new ArchiveRefused(Reason.NOT_ONE_FOLDER, entry.getName());
                }
                folder = top;
                String path = name.substring(slash + 1);
                if (path.length() > MAX_PATH) {
                    throw new ArchiveRefused(Reason.PATH_TOO_LONG, entry.getName());
                }
                if (files.containsKey(path)) {
                    throw new ArchiveRefused(Reason.DUPLICATE_ENTRY, entry.getName());
                }
                if (files.size() == maxFiles) {
                    throw new ArchiveRefused(Reason.TOO_MANY_FILES, String.valueOf(maxFiles));
                }
                // the sizes a zip declares may lie: count what is really inflated, and stop at the limit
                byte[] content = readAtMost(in, maxBytes - total);
                if (content == null) {
                    throw new ArchiveRefused(Reason.TOO_LARGE, String.valueOf(maxBytes / (1024 * 1024)));
                }
                total += content.length;
                files.put(path, CourseFiles.normalise(utf8(content, entry.getName())));
            }
        } catch (ZipException e) {
            throw new ArchiveRefused(Reason.NOT_A_ZIP, null);
        } catch (IOException e) {
            throw new ArchiveRefused(Reason.NOT_A_ZIP, null);
        } catch (IllegalArgumentException e) {
            // an entry name that is not UTF-8 (ZipInputStream says so this way)
            throw new ArchiveRefused(Reason.NOT_UTF8, null);
        }
        if (files.isEmpty()) {
            throw new ArchiveRefused(Reason.EMPTY, null);
        }
        if (!files.containsKey("course.yaml")) {
            throw new ArchiveRefused(Reason.NO_COURSE_YAML, folder + "/course.yaml");
        }
        return new CourseArchive(folder, files);
    }

    /** Refuses a name that is absolute, names a drive, or climbs out with {@code ..}. */
    private static void checkInside(String original, String name) throws ArchiveRefused {
        if (name.startsWith("/") || DRIVE.matcher(name).matches() || name.indexOf('\0') >= 0) {
            throw new ArchiveRefused(Reason.OUTSIDE_FOLDER, original);
        }
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : trimmed.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new ArchiveRefused(Reason.OUTSIDE_FOLDER, original);
            }
        }
    }

    /** What a zip tool adds that is not the course: hidden files and folders, macOS resource forks. */
    private static boolean ignored(String name) {
        return name.startsWith(MAC_FORKS + "/") || name.startsWith(".") || name.contains("/.");
    }

    /** The entry's bytes, or null when there are more than {@code limit}. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
            if (read > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String utf8(byte[] content, String entry) throws ArchiveRefused {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ArchiveRefused(Reason.NOT_UTF8, entry);
        }
    }
}
