package org.capacityacademy.credential.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPOutputStream;

/**
 * A Bitstring Status List (W3C): one bit per issued credential, set when it is revoked. The
 * list is published GZIP-compressed and base64url-encoded with the multibase prefix {@code u};
 * its 131,072 bits (16 KB before compression) hide which credential a verifier asks about.
 */
public final class StatusList {

    public static final int SIZE = 131_072;

    private final byte[] bits = new byte[SIZE / 8];

    /** The list with the given indexes (within this list) set. */
    public static StatusList of(Collection<Integer> revoked) {
        StatusList list = new StatusList();
        revoked.forEach(list::set);
        return list;
    }

    public void set(int index) {
        bits[index / 8] |= (byte) (0x80 >>> (index % 8));
    }

    /** The first index is the left-most bit of the first byte. */
    public boolean isSet(int index) {
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    public String encoded() {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }

    /** Which list (numbered from 1) a record's status index falls in, and its place in that list. */
    public static int listOf(int statusIndex) {
        return statusIndex / SIZE + 1;
    }

    public static int placeOf(int statusIndex) {
        return statusIndex % SIZE;
    }
}
