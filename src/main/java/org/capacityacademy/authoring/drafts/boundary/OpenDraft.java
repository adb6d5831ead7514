package org.capacityacademy.authoring.drafts.boundary;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A course's draft as a page read it: the files with the versions that the page's changes
 * name, so that a change made by someone else since is refused rather than overwritten.
 */
public class OpenDraft implements Serializable {

    private final String course;
    private final Map<String, DraftFile> files;

    public OpenDraft(String course, Map<String, DraftFile> files) {
        this.course = course;
        this.files = new LinkedHashMap<>(files);
    }

    public String course() {
        return course;
    }

    /** The files' texts by path. */
    public Map<String, String> contents() {
        Map<String, String> contents = new LinkedHashMap<>();
        files.forEach((path, file) -> contents.put(path, file.content()));
        return contents;
    }

    public DraftFile file(String path) {
        return files.get(path);
    }

    /** The version of each file as read, all a page needs to keep to have its later edits name them. */
    public Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        files.forEach((path, file) -> versions.put(path, file.version()));
        return versions;
    }

    /**
     * The edits that make the draft (as read now) the files wanted, each naming the version the
     * page saw earlier: a file changed, added or removed since then makes the whole edit a conflict.
     */
    public List<FileEdit> editsTo(Map<String, String> wanted, Map<String, Long> seen) {
        return DraftEdits.between(files, wanted, seen);
    }
}
