package org.capacityacademy.privacy.boundary;

import jakarta.ejb.ApplicationException;

/** An erasure that cannot be done; the message key says why, in the administrator's language. Nothing is changed. */
@ApplicationException(rollback = true)
public class PrivacyException extends RuntimeException {

    private final String messageKey;

    public PrivacyException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
