package org.capacityacademy.platform.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One Content-Security-Policy, with the page's nonce when it has one; cookies with SameSite and, when configured, Secure. */
class SecuredResponseTest {

    @Test
    void primeFacesNoncePolicyBecomesThePlatformsPolicyWithThatNonce() {
        String nonce = SecurityHeaders.nonceIn("script-src 'self' 'nonce-YzZiMGE1YTYtNDI4NC00MTRh';");
        assertEquals("YzZiMGE1YTYtNDI4NC00MTRh", nonce);
        String policy = SecurityHeaders.policy(nonce);
        assertTrue(policy.startsWith("default-src 'self'; script-src 'self' 'nonce-YzZiMGE1YTYtNDI4NC00MTRh'; "), policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
        assertFalse(SecurityHeaders.policy(null).contains("unsafe-inline';") && SecurityHeaders.policy(null).contains("script-src 'self' 'unsafe-inline'"),
                "no inline scripts, nonce or not");
        assertNull(SecurityHeaders.nonceIn("script-src 'self'"));
    }

    @Test
    void setCookieHeadersGetTheAttributesTheyLack() {
        assertEquals("csfcfc=x; Path=/; SameSite=Lax; Secure", SecuredResponse.withAttributes("csfcfc=x; Path=/", true));
        assertEquals("csfcfc=x; Path=/; SameSite=Lax", SecuredResponse.withAttributes("csfcfc=x; Path=/", false));
        assertEquals("a=b; Secure; SameSite=Strict", SecuredResponse.withAttributes("a=b; Secure; SameSite=Strict", true));
        assertEquals("secure=b; SameSite=Lax; Secure", SecuredResponse.withAttributes("secure=b", true), "a cookie named secure is not the attribute");
    }
}
