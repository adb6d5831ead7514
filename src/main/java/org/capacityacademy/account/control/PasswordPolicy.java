package org.capacityacademy.account.control;

import java.util.Optional;

/**
 * What a password must be: long rather than complicated (NIST SP 800-63B), not the e-mail
 * address. Answers with the message key that tells the person what is expected.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.isBlank()) {
            return Optional.of("password.tooShort");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of("password.sameAsEmail");
        }
        return Optional.empty();
    }
}
