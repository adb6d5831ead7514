package org.capacityacademy.authoring.drafts.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A file of a draft was changed, added or removed by someone else since the editor read it;
 * nothing of the edit was stored. The editor keeps what its user typed and offers to reload.
 */
@ApplicationException(rollback = true)
public class EditConflict extends RuntimeException {

    private final String path;

    public EditConflict(String path) {
        super("changed by someone else: " + path);
        this.path = path;
    }

    public String getPath() {
        return path;
    }
}
