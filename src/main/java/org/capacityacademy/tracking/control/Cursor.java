package org.capacityacademy.tracking.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where the next page of statements starts: after this stored time and id, in the order of
 * the query, among the statements stored by the first page's Consistent-Through time. Every
 * page of one reading answers with that same time, so a reader that continues from any page's
 * Consistent-Through, or from the last stored time it saw, gets the next statements once.
 */
public record Cursor(Instant consistentThrough, Instant stored, long id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((consistentThrough.toEpochMilli() + ":"
                + stored.toEpochMilli() + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    public static Cursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 3) {
                throw new BadQueryException("cursor: not a cursor this server handed out");
            }
            return new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), Instant.ofEpochMilli(Long.parseLong(parts[1])),
                    Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("cursor: not a cursor this server handed out");
        }
    }
}
