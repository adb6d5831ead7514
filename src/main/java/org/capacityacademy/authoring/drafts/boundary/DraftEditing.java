package org.capacityacademy.authoring.drafts.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.drafts.control.EditRefused;
import org.capacityacademy.authoring.drafts.control.UnreadableFile;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the course editor's pages share: opening a draft for the person signed in (403 when
 * they may not edit it), saving a page's change with the versions it read, and telling the
 * author in their language why a change was not saved.
 */
@Dependent
public class DraftEditing implements java.io.Serializable {

    @Inject
    Drafts drafts;

    @Inject
    CurrentUser user;

    public String email() {
        return user.getEmail();
    }

    /** The course's draft; none (and a 403 or 404 sent) when the person may not edit it or it does not exist. */
    public Optional<OpenDraft> open(String course) {
        try {
            return Optional.of(new OpenDraft(course, drafts.draft(email(), course)));
        } catch (NotAnAuthor e) {
            refuse(403);
        } catch (AuthoringException e) {
            refuse(404);
        }
        return Optional.empty();
    }

    /**
     * Saves the draft as {@code wanted}, all or nothing, naming the versions the page saw. False,
     * with the reason on the page, when it was refused; a conflict with someone else's change also
     * sets {@code conflict}.
     */
    public boolean save(OpenDraft now, Map<String, String> wanted, Map<String, Long> seen, Conflict conflict) {
        return save(now.course(), now.editsTo(wanted, seen), conflict);
    }

    /** Saves these edits of the course's draft, all or nothing; false, with the reason on the page, when refused. */
    public boolean save(String course, List<FileEdit> edits, Conflict conflict) {
        if (edits.isEmpty()) {
            return true;
        }
        try {
            drafts.apply(email(), course, edits);
            return true;
        } catch (EditConflict e) {
            conflict.happened();
            FacesMessages.error(null, "author.course.conflict", e.getPath());
        } catch (RuntimeException e) {
            if (!told(e)) {
                throw e;
            }
        }
        return false;
    }

    /** Puts the reason for a refused change on the page; false for an exception that is not a refusal. */
    public boolean told(Exception e) {
        if (e instanceof EditRefused refused) {
            FacesMessages.error(null, refused.getKey(), refused.getArguments());
        } else if (e instanceof AuthoringException refused) {
            FacesMessages.error(null, refused.getMessageKey(), refused.getArguments());
        } else if (e instanceof UnreadableFile unreadable) {
            FacesMessages.error(null, "author.course.unreadable", unreadable.getFile());
        } else if (e instanceof NotAnAuthor) {
            refuse(403);
        } else {
            return false;
        }
        return true;
    }

    private static void refuse(int status) {
        if (FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** A page's note that its last change met someone else's: it offers to reload the draft. */
    public static class Conflict implements java.io.Serializable {

        private boolean happened;

        public void happened() {
            happened = true;
        }

        public boolean isHappened() {
            return happened;
        }

        public void clear() {
            happened = false;
        }
    }
}
