package org.capacityacademy.platform.control;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    private static final Set<String> NGINX = Set.of("10.0.0.5");

    @Test
    void withoutAProxyTheRemoteAddressIsTheClient() {
        assertEquals("198.51.100.7", ClientAddress.clientOf("198.51.100.7", null, Set.of()));
        assertEquals("198.51.100.7", ClientAddress.clientOf("198.51.100.7", "203.0.113.9", Set.of()),
                "a client cannot choose the address it is counted under");
    }

    @Test
    void behindATrustedProxyTheForwardedAddressIsTheClient() {
        assertEquals("203.0.113.9", ClientAddress.clientOf("10.0.0.5", "203.0.113.9", NGINX));
        assertEquals("203.0.113.9", ClientAddress.clientOf("10.0.0.5", "192.0.2.1, 203.0.113.9", NGINX),
                "the right-most hop: what the client wrote itself in the header does not count");
        assertEquals("203.0.113.9", ClientAddress.clientOf("10.0.0.5", "203.0.113.9, 10.0.0.5", NGINX));
        assertEquals("10.0.0.5", ClientAddress.clientOf("10.0.0.5", " ", NGINX));
        assertEquals("198.51.100.7", ClientAddress.clientOf("198.51.100.7", "203.0.113.9", NGINX),
                "the header is ignored from anyone but the proxy");
    }
}
