package org.capacityacademy.account.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PasswordPolicyTest {

    @Test
    void longPassphrasesPassAndShortOrOverLongOnesDoNot() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("correct horse battery", "a@b.org"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problemWith("short", "a@b.org"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problemWith(null, "a@b.org"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problemWith("          ", "a@b.org"));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.problemWith("x".repeat(10_000), "a@b.org"));
        assertEquals(Optional.of("password.sameAsEmail"), PasswordPolicy.problemWith("Amina@Example.org", "amina@example.org"));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("كلمة سر طويلة", "a@b.org"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problemWith("🔐🔐🔐🔐🔐", "a@b.org"));
    }

    @Test
    void tokensAreRandomAndStoredOnlyAsHashes() {
        String token = SecureTokens.newToken();
        assertEquals(43, token.length());
        assertNotEquals(token, SecureTokens.newToken());
        assertEquals(64, SecureTokens.sha256(token).length());
        assertEquals(16, SecureTokens.newPassword(16).length());
    }
}
