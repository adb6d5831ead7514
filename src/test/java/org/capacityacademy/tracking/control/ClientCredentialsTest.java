package org.capacityacademy.tracking.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientCredentialsTest {

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void configuredKeyAndSecretOrTokenAreLetIn() {
        ClientCredentials credentials = new ClientCredentials(Optional.of("reports"), Optional.of("s3cret:with colon"),
                Optional.of("tok-123"));
        assertTrue(credentials.accept(basic("reports:s3cret:with colon")));
        assertTrue(credentials.accept("Bearer tok-123"));
        assertFalse(credentials.accept(basic("reports:wrong")));
        assertFalse(credentials.accept(basic("other:s3cret:with colon")));
        assertFalse(credentials.accept("Bearer tok-1234"));
        assertFalse(credentials.accept("Basic %%%"));
        assertFalse(credentials.accept(null));
    }

    @Test
    void nothingConfiguredLetsNobodyIn() {
        ClientCredentials none = new ClientCredentials(Optional.empty(), Optional.of(" "), Optional.empty());
        assertFalse(none.accept(basic(":")));
        assertFalse(none.accept(basic(": ")));
        assertFalse(none.accept("Bearer "));
    }
}
