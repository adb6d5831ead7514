package org.capacityacademy.authoring.drafts.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The edits that turn a draft as it was read into the files wanted: each changed file
 * updated with the version read, each new one created, each gone one removed. A renamed
 * file is a removal and a creation, so that {@link Drafts#apply} refuses the whole change
 * when anyone touched one of those files since.
 */
public final class DraftEdits {

    private DraftEdits() {
    }

    public static List<FileEdit> between(Map<String, DraftFile> read, Map<String, String> wanted) {
        Map<String, Long> versions = new java.util.HashMap<>();
        read.forEach((path, file) -> versions.put(path, file.version()));
        return between(read, wanted, versions);
    }

    /**
     * The edits computed on the draft as {@code read} now, naming the versions a page {@code seen}
     * earlier (none, 0, for a file it never saw: changing or removing that one is a conflict).
     */
    public static List<FileEdit> between(Map<String, DraftFile> read, Map<String, String> wanted, Map<String, Long> seen) {
        List<FileEdit> edits = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(read.keySet());
        paths.addAll(wanted.keySet());
        for (String path : paths) {
            DraftFile before = read.get(path);
            String after = wanted.get(path);
            if (before == null) {
                edits.add(FileEdit.create(path, after));
            } else if (after == null) {
                edits.add(new FileEdit(path, null, seen.getOrDefault(path, 0L)));
            } else if (!Objects.equals(before.content(), after)) {
                edits.add(new FileEdit(path, after, seen.getOrDefault(path, 0L)));
            }
        }
        return edits;
    }
}
