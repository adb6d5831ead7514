package org.capacityacademy.lti.entity;

import org.capacityacademy.account.entity.OrganisationType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A registration's deployments and the origins that may frame the academy for it. */
class PlatformTest {

    @Test
    void deploymentsAreReadFromLinesOrCommasAndOriginsFromTheIssuerAndSignInAddress() {
        Platform platform = new Platform(new PlatformSettings(" Moodle ", "https://moodle.example.org", "c1",
                "https://moodle.example.org/mod/lti/certs.php", "https://login.example.org:8443/auth?x=1",
                "https://moodle.example.org/mod/lti/token.php", "1, 2\n3 ", "ke", "Ministry", OrganisationType.GOVERNMENT, true),
                Instant.now());
        assertEquals(Set.of("1", "2", "3"), platform.getDeploymentIds());
        assertTrue(platform.hasDeployment("2"));
        assertFalse(platform.hasDeployment("4"));
        assertFalse(platform.hasDeployment(null));
        assertEquals("KE", platform.getCountryCode());
        assertEquals("Moodle", platform.getName());
        assertEquals(List.of("https://moodle.example.org", "https://login.example.org:8443"), platform.origins());
    }
}
