package org.capacityacademy.authoring.drafts.control;

import org.capacityacademy.authoring.drafts.boundary.AuthoringException;

import java.util.regex.Pattern;

/**
 * What a draft's files may be: relative paths of the course format (no {@code ..}, no leading
 * {@code /}, plain names), at most {@link #MAX_FILE_CHARS} characters each and
 * {@link #MAX_FILES} files, so that one paste or upload cannot fill the database.
 */
public final class DraftPaths {

    public static final int MAX_FILES = 2_000;
    public static final int MAX_FILE_CHARS = 1_000_000;
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern PATH = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]{0,99}/){0,4}[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private DraftPaths() {
    }

    public static void check(String path, String content) {
        if (path == null || path.length() > 300 || !PATH.matcher(path).matches() || path.contains("..")) {
            throw new AuthoringException("author.badPath", String.valueOf(path));
        }
        if (content != null && content.length() > MAX_FILE_CHARS) {
            throw new AuthoringException("author.fileTooLarge", path, MAX_FILE_CHARS);
        }
    }
}
