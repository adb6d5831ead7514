package org.capacityacademy.tracking.control;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** xAPI's alternate request syntax: which form parameters are headers, which the query, which the content. */
class AlternateRequestTest {

    @Test
    void headersParametersAndContentAreToldApart() {
        AlternateRequest request = AlternateRequest.of("get", "authorization=Basic+YTpi&X-Experience-API-Version=1.0.3"
                + "&verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fanswered&agent=%7B%22mbox%22%3A%22mailto%3Aa%40b.c%22%7D"
                + "&limit=2&since=2026-01-01T00%3A00%3A00%2B01%3A00");
        assertEquals("GET", request.method());
        assertEquals(Map.of("Authorization", "Basic YTpi", "X-Experience-API-Version", "1.0.3"), request.headers());
        assertEquals("http://adlnet.gov/expapi/verbs/answered", request.parameters().get("verb"));
        assertEquals("{\"mbox\":\"mailto:a@b.c\"}", request.parameters().get("agent"));
        assertNull(request.content());
        assertEquals("verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fanswered&agent=%7B%22mbox%22%3A%22mailto%3Aa%40b.c%22%7D"
                + "&limit=2&since=2026-01-01T00%3A00%3A00%2B01%3A00", request.queryString());
        assertEquals("{}", AlternateRequest.of("PUT", "content=%7B%7D&Content-Type=application%2Fjson").content());
    }

    @Test
    void mistakesAreRefusedWithTheirName() {
        assertTrue(assertThrows(BadQueryException.class, () -> AlternateRequest.of("PATCH", "")).getMessage()
                .startsWith("method:"));
        assertTrue(assertThrows(BadQueryException.class, () -> AlternateRequest.of("GET", "limit=1&limit=2")).getMessage()
                .startsWith("limit:"));
        assertTrue(assertThrows(BadQueryException.class, () -> AlternateRequest.of("GET", "verb=%zz")).getMessage()
                .contains("URL-encoded"));
        assertEquals(Map.of(), AlternateRequest.of("GET", "").parameters());
    }
}
