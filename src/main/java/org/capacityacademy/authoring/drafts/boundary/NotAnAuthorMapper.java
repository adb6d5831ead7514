package org.capacityacademy.authoring.drafts.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A download of a course the caller may not edit is forbidden, not an error. */
@Provider
public class NotAnAuthorMapper implements ExceptionMapper<NotAnAuthor> {

    @Override
    public Response toResponse(NotAnAuthor exception) {
        return Response.status(Response.Status.FORBIDDEN).build();
    }
}
