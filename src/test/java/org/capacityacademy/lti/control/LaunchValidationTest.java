package org.capacityacademy.lti.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.lti.entity.Platform;
import org.capacityacademy.lti.entity.PlatformSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The 1EdTech LTI 1.3 core message rules, each refusal with its own reason. */
class LaunchValidationTest {

    static RSAKey key;
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    static final Platform PLATFORM = new Platform(new PlatformSettings("Moodle", "https://moodle.example.org", "client-1",
            "https://moodle.example.org/mod/lti/certs.php", "https://moodle.example.org/mod/lti/auth.php",
            "https://moodle.example.org/mod/lti/token.php", "1\n2", "KE", "Ministry", OrganisationType.GOVERNMENT, false), NOW);

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("k1").generate();
    }

    private static JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder().issuer("https://moodle.example.org").audience("client-1").subject("42")
                .issueTime(Date.from(NOW.minusSeconds(5))).expirationTime(Date.from(NOW.plusSeconds(60))).claim("nonce", "n1")
                .claim(Claims.MESSAGE_TYPE, Claims.RESOURCE_LINK_REQUEST).claim(Claims.VERSION, "1.3.0")
                .claim(Claims.DEPLOYMENT_ID, "2").claim(Claims.TARGET_LINK_URI, "https://academy.example.org/lti/launch?course=gge-2013")
                .claim(Claims.RESOURCE_LINK, Map.of("id", "r1")).claim(Claims.ROLES, List.of())
                .claim("given_name", "Amina").claim("family_name", "Diallo")
                .claim(Claims.CUSTOM, Map.of("lesson", "norms-1"))
                .claim(Claims.AGS_ENDPOINT, Map.of("lineitem", "https://moodle.example.org/li/1", "scope", List.of(Claims.SCORE_SCOPE)));
    }

    private static String signed(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static Launch validate(String token) {
        return LaunchValidation.validate(token, PLATFORM, "n1", new ImmutableJWKSet<SecurityContext>(new JWKSet(key.toPublicJWK())), NOW);
    }

    private static void assertRefused(String reason, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet.Builder claims = valid();
        change.accept(claims);
        String token = signed(claims.build());
        assertEquals(reason, assertThrows(LaunchRefused.class, () -> validate(token)).reason());
    }

    @Test
    void aValidResourceLinkLaunchGivesThePersonTheLinkAndTheLineItem() throws Exception {
        Launch launch = validate(signed(valid().build()));
        assertEquals("42", launch.subject());
        assertEquals("Amina Diallo", launch.name());
        assertEquals("r1", launch.resourceLinkId());
        assertEquals("https://moodle.example.org/li/1", launch.lineItem());
        assertEquals(Map.of("lesson", "norms-1"), launch.custom());
    }

    @Test
    void eachBrokenRuleIsRefusedWithItsReason() throws Exception {
        assertRefused("lti.refused.issuer", c -> c.issuer("https://other.example.org"));
        assertRefused("lti.refused.audience", c -> c.audience("client-2"));
        assertRefused("lti.refused.audience", c -> c.audience(List.of("client-1", "client-2")));
        assertRefused("lti.refused.audience", c -> c.audience("client-1").claim("azp", "client-2"));
        assertRefused("lti.refused.expired", c -> c.expirationTime(Date.from(NOW.minusSeconds(61))));
        assertRefused("lti.refused.expired", c -> c.issueTime(Date.from(NOW.plusSeconds(600))));
        assertRefused("lti.refused.nonce", c -> c.claim("nonce", "n2"));
        assertRefused("lti.refused.deployment", c -> c.claim(Claims.DEPLOYMENT_ID, "3"));
        assertRefused("lti.refused.version", c -> c.claim(Claims.VERSION, "1.1"));
        assertRefused("lti.refused.messageType", c -> c.claim(Claims.MESSAGE_TYPE, "LtiSubmissionReviewRequest"));
        assertRefused("lti.refused.claims", c -> c.claim(Claims.RESOURCE_LINK, null));
        assertRefused("lti.refused.claims", c -> c.claim(Claims.ROLES, null));
        assertRefused("lti.refused.claims", c -> c.subject(null));
        assertRefused("lti.refused.claims", c -> c.claim(Claims.MESSAGE_TYPE, Claims.DEEP_LINKING_REQUEST));
    }

    @Test
    void severalAudiencesAreTakenWithTheAcademyAsAuthorisedParty() throws Exception {
        assertEquals("42", validate(signed(valid().audience(List.of("client-1", "other")).claim("azp", "client-1").build())).subject());
    }

    @Test
    void aTokenSignedByAnotherKeyOrNotATokenIsRefused() throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID("k1").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), valid().build());
        jwt.sign(new RSASSASigner(other));
        assertEquals("lti.refused.signature", assertThrows(LaunchRefused.class, () -> validate(jwt.serialize())).reason());
        assertEquals("lti.refused.malformed", assertThrows(LaunchRefused.class, () -> validate("not-a-token")).reason());
        assertEquals("lti.refused.malformed", assertThrows(LaunchRefused.class, () -> validate(null)).reason());
    }

    @Test
    void anHs256TokenIsRefusedEvenWithTheRightClaims() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).build(), valid().build());
        jwt.sign(new com.nimbusds.jose.crypto.MACSigner(new byte[32]));
        assertEquals("lti.refused.signature", assertThrows(LaunchRefused.class, () -> validate(jwt.serialize())).reason());
    }
}
