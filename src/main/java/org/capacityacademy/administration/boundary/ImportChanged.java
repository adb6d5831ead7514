package org.capacityacademy.administration.boundary;

import jakarta.ejb.ApplicationException;
import org.capacityacademy.administration.control.ImportPreview;

/**
 * The platform changed between the preview and applying it (someone registered with an address
 * of the file, a course was removed): nothing is saved, and the new preview says what changed.
 */
@ApplicationException(rollback = true)
public class ImportChanged extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportChanged(ImportPreview preview) {
        super("the import's preview no longer holds");
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
