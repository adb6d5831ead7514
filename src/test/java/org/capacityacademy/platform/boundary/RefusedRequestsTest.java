package org.capacityacademy.platform.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Addresses whose percent-encoded bytes are not UTF-8 are told apart from those that are. */
class RefusedRequestsTest {

    @Test
    void percentEncodedUtf8IsReadAndAnythingElseIsNot() {
        assertTrue(RefusedRequests.isUtf8(null));
        assertTrue(RefusedRequests.isUtf8("/catalog/courses.xhtml"));
        assertTrue(RefusedRequests.isUtf8("q=Zo%C3%A9&x=%E4%B8%AD%E6%96%87+y"));
        assertTrue(RefusedRequests.isUtf8("q=100%"), "a lone % is read as itself");
        assertTrue(RefusedRequests.isUtf8("q=%zz"));
        assertFalse(RefusedRequests.isUtf8("q=%C3%28"), "the issue's example");
        assertFalse(RefusedRequests.isUtf8("q=Zo%E9"), "Latin-1");
        assertFalse(RefusedRequests.isUtf8("/verify/%FF"));
        assertFalse(RefusedRequests.isUtf8("q=%ED%A0%80"), "an encoded surrogate");
    }
}
