package org.capacityacademy.account.control;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The platform hashes passwords with OWASP's setting; only the test deployment lowers it. */
class PasswordHasherTest {

    @Test
    void thePlatformHashesWith210000IterationsOfPbkdf2WithSha256() throws NoSuchFieldException, IOException {
        ConfigProperty setting = PasswordHasher.class.getDeclaredField("iterations").getAnnotation(ConfigProperty.class);
        assertEquals("pbkdf2.iterations", setting.name());
        assertEquals("210000", setting.defaultValue());
        Properties shipped = new Properties();
        try (InputStream in = PasswordHasher.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            shipped.load(in);
        }
        assertFalse(shipped.containsKey("pbkdf2.iterations"), "the shipped configuration keeps the default");
        assertEquals(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                        "Pbkdf2PasswordHash.Iterations", "210000",
                        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                        "Pbkdf2PasswordHash.KeySizeBytes", "32"),
                PasswordHasher.parameters(Integer.parseInt(setting.defaultValue())));
    }
}
