package org.capacityacademy.authoring.drafts.boundary;

import java.io.Serializable;

/** A file of a draft as read: an edit of it must name this version. */
public record DraftFile(String path, String content, long version) implements Serializable {
}
