package org.capacityacademy.tracking.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.capacityacademy.tracking.control.AlternateRequest;
import org.capacityacademy.tracking.control.BadQueryException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * xAPI's alternate request syntax (1.0.3, Part 3, 1.3), for clients that cannot send headers or
 * long query strings: {@code POST /xapi/statements?method=GET} with the parameters, and the
 * {@code Authorization} and version headers, in a form body. Turned into the request it stands
 * for before anything else sees it, so it is authorised and answered like that request.
 * Registered by {@link XapiApplication} only.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class AlternateRequestSyntax implements ContainerRequestFilter {

    /** Requests stay small: a form of this many bytes at most. */
    static final int MAX_FORM = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> method = request.getUriInfo().getQueryParameters().get("method");
        if (method == null || !"POST".equals(request.getMethod())) {
            return;
        }
        try {
            if (request.getUriInfo().getQueryParameters().size() > 1 || method.size() > 1) {
                throw new BadQueryException("method: the alternate request syntax takes no other query parameter; "
                        + "send the others in the form body");
            }
            MediaType type = request.getMediaType();
            if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
                throw new BadQueryException("Content-Type: the alternate request syntax sends "
                        + MediaType.APPLICATION_FORM_URLENCODED);
            }
            AlternateRequest alternate = AlternateRequest.of(method.get(0), read(request));
            alternate.headers().forEach((name, value) -> request.getHeaders().putSingle(name, value));
            if (alternate.content() == null) {
                request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
                request.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
                request.setEntityStream(new ByteArrayInputStream(new byte[0]));
            } else {
                request.setEntityStream(new ByteArrayInputStream(alternate.content().getBytes(StandardCharsets.UTF_8)));
            }
            request.setRequestUri(request.getUriInfo().getBaseUri(), UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replaceQuery(alternate.queryString()).build());
            request.setMethod(alternate.method());
        } catch (BadQueryException e) {
            request.abortWith(XapiAnswers.refusal(Response.Status.BAD_REQUEST, e.getMessage(), null));
        }
    }

    private static String read(ContainerRequestContext request) {
        try {
            byte[] form = request.getEntityStream().readNBytes(MAX_FORM + 1);
            if (form.length > MAX_FORM) {
                throw new BadQueryException("the form body is longer than " + MAX_FORM + " bytes");
            }
            return new String(form, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
