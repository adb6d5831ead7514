package org.capacityacademy.tracking.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where the next page of statements starts: after this stored time and id, in the order of
 * the query. Statements stored later never shift the pages already handed out.
 */
public record Cursor(Instant stored, long id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((stored.toEpochMilli() + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    public static Cursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 2) {
                throw new BadQueryException("cursor: not a cursor this server handed out");
            }
            return new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("cursor: not a cursor this server handed out");
        }
    }
}
