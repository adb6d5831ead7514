package org.capacityacademy.administration.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request about a cohort that cannot be carried out (a name taken, an unknown person); the
 * message key tells the administrator why, in their language. Nothing of the request is stored.
 */
@ApplicationException(rollback = true)
public class CohortException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public CohortException(String messageKey, Object... arguments) {
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
