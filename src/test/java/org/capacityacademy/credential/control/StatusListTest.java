package org.capacityacademy.credential.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusListTest {

    /** Decodes as a verifier does: multibase base64url, GZIP, then bit i is the i-th bit from the left. */
    static boolean bitAt(String encoded, int index) throws IOException {
        assertTrue(encoded.startsWith("u"), "multibase base64url");
        byte[] compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
        byte[] bits = new GZIPInputStream(new ByteArrayInputStream(compressed)).readAllBytes();
        assertEquals(StatusList.SIZE / 8, bits.length, "16 KB: 131,072 entries");
        return (bits[index / 8] >> (7 - index % 8) & 1) == 1;
    }

    @Test
    void revokedEntriesAreSetAndNoOthers() throws IOException {
        String encoded = StatusList.of(List.of(0, 7, 8, 94_567, StatusList.SIZE - 1)).encoded();
        for (int index : List.of(0, 7, 8, 94_567, StatusList.SIZE - 1)) {
            assertTrue(bitAt(encoded, index), "entry " + index);
        }
        for (int index : List.of(1, 6, 9, 94_566, 94_568, StatusList.SIZE - 2)) {
            assertFalse(bitAt(encoded, index), "entry " + index);
        }
    }

    @Test
    void anEmptyListIsSmallOnTheWire() {
        assertTrue(StatusList.of(List.of()).encoded().length() < 200);
    }

    @Test
    void indexesFallInNumberedLists() {
        assertEquals(1, StatusList.listOf(50));
        assertEquals(50, StatusList.placeOf(50));
        assertEquals(2, StatusList.listOf(StatusList.SIZE + 3));
        assertEquals(3, StatusList.placeOf(StatusList.SIZE + 3));
    }
}
