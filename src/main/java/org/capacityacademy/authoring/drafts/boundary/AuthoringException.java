package org.capacityacademy.authoring.drafts.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request about a course's draft that cannot be carried out (a course id taken, a draft that
 * is not there, a lesson with an empty title or a huge paste); the message key tells the author
 * why, in their language. Nothing is stored.
 */
@ApplicationException(rollback = true)
public class AuthoringException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public AuthoringException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments;
    }
}
