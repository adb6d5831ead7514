package org.capacityacademy.authoring.drafts.control;

import org.capacityacademy.courseformat.yaml.YamlDocument;

/**
 * A course file the editor cannot turn into fields (broken YAML): it is left as it is, and
 * the person is told which file to repair.
 */
public class UnreadableFile extends Exception {

    private final String file;

    public UnreadableFile(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public String getFile() {
        return file;
    }

    /** Refuses a document that cannot be read, or that holds no fields at all. */
    public static void check(String file, YamlDocument yaml) throws UnreadableFile {
        if (yaml.problem().isPresent()) {
            throw new UnreadableFile(file, yaml.problem().get().message());
        }
        if (yaml.fields().isEmpty()) {
            throw new UnreadableFile(file, "expected YAML fields (key: value)");
        }
    }
}
