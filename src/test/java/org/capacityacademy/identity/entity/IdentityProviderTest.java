package org.capacityacademy.identity.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityProviderTest {

    @Test
    void theButtonIsNamedInThePagesLanguageOrInEnglish() {
        IdentityProvider provider = new IdentityProvider("https://sso.example.org", "academy", Instant.EPOCH);
        provider.rename("en", " Ministry of Health ");
        provider.rename("fr", "Ministère de la Santé");
        provider.rename("ar", " ");
        assertEquals("Ministère de la Santé", provider.nameIn("fr"));
        assertEquals("Ministry of Health", provider.nameIn("ar"), "a blank name falls back to English");
        assertEquals("Ministry of Health", provider.nameIn("zh"));
        assertNull(provider.nameGivenIn("ar"));
    }

    @Test
    void aSecretIsTypedOrReadFromConfigurationNeverBoth() {
        IdentityProvider provider = new IdentityProvider("https://sso.example.org", "academy", Instant.EPOCH);
        provider.keepSecret("s3cret");
        assertTrue(provider.hasTypedSecret());
        provider.readSecretFrom("OIDC_MOH_SECRET");
        assertFalse(provider.hasTypedSecret());
        assertNull(provider.getClientSecret(), "the typed secret is forgotten");
        provider.keepSecret("again");
        assertNull(provider.getSecretVariable());
    }

    @Test
    void allowedDomainsAreKeptAsAList() {
        IdentityProvider provider = new IdentityProvider("https://sso.example.org", "academy", Instant.EPOCH);
        assertEquals(List.of(), provider.getAllowedDomainList());
        provider.allowDomains(List.of("a.example", "b.example"));
        assertEquals(List.of("a.example", "b.example"), provider.getAllowedDomainList());
        provider.allowDomains(List.of());
        assertEquals("", provider.getAllowedDomains());
    }
}
