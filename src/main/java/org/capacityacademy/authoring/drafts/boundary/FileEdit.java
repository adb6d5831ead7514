package org.capacityacademy.authoring.drafts.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One change to a draft's file: its new content ({@code null} removes it), and the version it
 * had when read ({@code 0}: the file is new and must not exist yet).
 */
public record FileEdit(String path, String content, long expectedVersion) implements Serializable {

    public static FileEdit create(String path, String content) {
        return new FileEdit(path, content, 0);
    }

    public static FileEdit update(DraftFile file, String content) {
        return new FileEdit(file.path(), content, file.version());
    }

    /** The one edit that gives the file this content; none when it has it already. */
    public static List<FileEdit> toContent(DraftFile file, String content) {
        return content.equals(file.content()) ? List.of() : List.of(update(file, content));
    }

    public static FileEdit remove(DraftFile file) {
        return new FileEdit(file.path(), null, file.version());
    }
}
