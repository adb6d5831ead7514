package org.capacityacademy.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * PBKDF2 with SHA-256 and 210,000 iterations (OWASP's figure), salted per password. The number
 * of iterations can be lowered for the test deployment only ({@code PBKDF2_ITERATIONS},
 * which the integration tests set so that their hundreds of sign-ins stay quick); each hash
 * keeps its own count, so a hash made with one setting is still checked under another.
 */
@ApplicationScoped
public class PasswordHasher {

    /** OWASP's figure for PBKDF2-HMAC-SHA256, the platform's setting unless configured otherwise. */
    static final String DEFAULT_ITERATIONS = "210000";

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "pbkdf2.iterations", defaultValue = DEFAULT_ITERATIONS)
    int iterations;

    /** Checked against when no account matches, so that a wrong e-mail takes as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(parameters(iterations));
        decoy = hash.generate("decoy password for unknown accounts".toCharArray());
    }

    static Map<String, String> parameters(int iterations) {
        return Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32");
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    public void spendTheTimeOfOneCheck(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
