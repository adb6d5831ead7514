package org.capacityacademy.authoring.drafts.boundary;

import jakarta.ejb.ApplicationException;
import org.capacityacademy.platform.boundary.NotAllowed;

/** The caller may not edit this course: neither an administrator nor one of its authors. Shown as 403. */
@ApplicationException(rollback = true)
public class NotAnAuthor extends NotAllowed {

    public NotAnAuthor(String course) {
        super("not an author of " + course);
    }
}
