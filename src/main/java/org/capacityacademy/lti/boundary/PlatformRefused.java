package org.capacityacademy.lti.boundary;

/** A platform registration the academy does not take, with the reason as a message key ({@code lti.platform.*}). */
@jakarta.ejb.ApplicationException(rollback = true)
public class PlatformRefused extends RuntimeException {

    private final String messageKey;

    public PlatformRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
