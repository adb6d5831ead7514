package org.capacityacademy.account.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request about an account that cannot be carried out; the message key tells the person
 * why, in their language. Nothing of the request is stored.
 */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
