package org.capacityacademy.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What an endpoint answers when it refuses a request: its status and {@code {"refused": reason,
 * "message": sentence}}, the sentence in the caller's language (the same shape as the answers
 * endpoint's refusals, which the attempt page shows).
 */
public record Problem(String refused, String message) {

    public static Response of(Response.Status status, String reason, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Problem(reason, message)).build();
    }
}
