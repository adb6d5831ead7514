package org.capacityacademy.credential.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The short code a person types to verify a record: nine random characters and a check
 * character, shown as {@code XXXXX-XXXXX}. The alphabet leaves out characters that are easily
 * confused (0/O, 1/I/L, U/V), and the check character (Luhn mod 30) catches every single mistyped
 * character and almost every swap of two neighbours, so a typo answers "check the code", not "unknown".
 */
public final class VerificationCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    /** A new random code, without the separator. */
    public static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH - 1; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.append(checkCharacter(code)).toString();
    }

    /** The code as people read it: {@code 7KX2P-9M4QT}. */
    public static String display(String code) {
        return code.length() == LENGTH ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }

    /** What a person typed, in upper case without spaces or dashes; empty when it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-‐-―]", "");
        if (code.length() != LENGTH || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** Whether a normalised code's check character fits the rest. */
    public static boolean isWellFormed(String code) {
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                && checkCharacter(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
    }

    /** Luhn mod N over the alphabet. */
    static char checkCharacter(CharSequence payload) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
