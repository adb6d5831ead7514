package org.capacityacademy.authoring.control;

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
}
