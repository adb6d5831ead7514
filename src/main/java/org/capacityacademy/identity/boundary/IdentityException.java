package org.capacityacademy.identity.boundary;

import jakarta.ejb.ApplicationException;

/** A refusal an administrator's form shows as a message: its key and arguments. */
@ApplicationException(rollback = true)
public class IdentityException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public IdentityException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments;
    }
}
