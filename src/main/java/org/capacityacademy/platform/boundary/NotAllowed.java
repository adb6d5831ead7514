package org.capacityacademy.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The person signed in may not do this (an author's course edited by someone else, say): answered
 * 403 with the forbidden page or, from the API, a JSON message in their language
 * ({@link ErrorAnswers}, {@link NotAllowedMapper}). Features throw their own kinds of it.
 */
@ApplicationException(rollback = true)
public class NotAllowed extends RuntimeException {

    public NotAllowed(String what) {
        super(what);
    }
}
