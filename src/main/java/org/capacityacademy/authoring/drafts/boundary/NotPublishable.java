package org.capacityacademy.authoring.drafts.boundary;

import jakarta.ejb.ApplicationException;

/** The draft cannot be published as it is: it has problems, or it retires parts learners used and that was not confirmed. */
@ApplicationException(rollback = true)
public class NotPublishable extends RuntimeException {

    private final transient Publication publication;

    public NotPublishable(Publication publication) {
        super(publication.mayPublish() ? "removals not confirmed" : publication.problems().size() + " problems");
        this.publication = publication;
    }

    public Publication getPublication() {
        return publication;
    }
}
