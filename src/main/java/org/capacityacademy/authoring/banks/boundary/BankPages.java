package org.capacityacademy.authoring.banks.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;

import java.io.IOException;
import java.io.UncheckedIOException;

/** What the question-bank pages answer when the bank cannot be shown: 403 to a non-author, 404 for what is not there. */
final class BankPages {

    private BankPages() {
    }

    /** Whether the parameters name a course and a module folder at all. */
    static boolean named(String course, String module) {
        return course != null && course.matches("[a-z0-9][a-z0-9-]{0,79}")
                && module != null && module.matches("modules/[A-Za-z0-9][A-Za-z0-9._-]{0,99}/");
    }

    static void refuse(RuntimeException why) {
        send(why instanceof NotAnAuthor ? 403 : 404);
    }

    static void send(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
