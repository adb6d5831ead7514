package org.capacityacademy.platform.control;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The platform's own scripts and stylesheets as they are sent: without their comments and
 * indentation (a learner on 2G pays for every byte; the files in the repository keep theirs).
 * Conservative on purpose: a script loses only lines that are wholly a comment ({@code //} or a
 * block opened at the start of a line) and each line's surrounding spaces, keeping its line breaks
 * (so that no statement runs into the next); a stylesheet loses its block comments.
 */
public final class Minified {

    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private Minified() {
    }

    public static byte[] script(byte[] source) {
        StringBuilder out = new StringBuilder();
        boolean inComment = false;
        for (String line : new String(source, StandardCharsets.UTF_8).split("\n", -1)) {
            String trimmed = line.strip();
            if (inComment || trimmed.startsWith("/*")) {
                int end = trimmed.indexOf("*/", inComment ? 0 : 2);
                inComment = end < 0;
                trimmed = inComment ? "" : trimmed.substring(end + 2).strip();   // code after the comment stays
            }
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            out.append(trimmed).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] stylesheet(byte[] source) {
        String text = CSS_COMMENT.matcher(new String(source, StandardCharsets.UTF_8)).replaceAll("");
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                out.append(trimmed).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
