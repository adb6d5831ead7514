package org.capacityacademy.tracking.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The credentials of the xAPI clients allowed to read statements: one key and secret (HTTP
 * Basic) and/or one bearer token, from configuration. With none configured nobody is let in.
 */
public final class ClientCredentials {

    private final String key;
    private final String secret;
    private final String token;

    public ClientCredentials(Optional<String> key, Optional<String> secret, Optional<String> token) {
        this.key = key.filter(s -> !s.isBlank()).orElse(null);
        this.secret = secret.filter(s -> !s.isBlank()).orElse(null);
        this.token = token.filter(s -> !s.isBlank()).orElse(null);
    }

    /** True for an {@code Authorization} header with the configured key and secret or token. */
    public boolean accept(String authorization) {
        if (authorization == null) {
            return false;
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6) && key != null && secret != null) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
            int colon = pair.indexOf(':');
            return colon > 0 && same(pair.substring(0, colon), key) & same(pair.substring(colon + 1), secret);
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7) && token != null) {
            return same(authorization.substring(7).strip(), token);
        }
        return false;
    }

    /** Compares in constant time, so the answer's timing reveals nothing of the secret. */
    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
