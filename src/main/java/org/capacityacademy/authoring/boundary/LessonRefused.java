package org.capacityacademy.authoring.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A lesson that cannot be saved as it stands (an empty title, a huge paste, minutes out of range,
 * a section the report does not have); the message key tells the instructor why, in their
 * language. Nothing is stored.
 */
@ApplicationException(rollback = true)
public class LessonRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public LessonRefused(String messageKey, Object... arguments) {
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
