package org.capacityacademy.learning.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code PUT /api/progress/{course}/lessons/{lesson}}: the lesson page marks a lesson complete
 * when the learner reaches its end, without leaving the page. Only the learner's own
 * enrolment changes; 404 when they are not enrolled.
 */
@Path("progress/{course}/lessons/{lesson}")
public class ProgressResource {

    @Inject
    Learning learning;

    @Context
    SecurityContext security;

    @PUT
    public Response complete(@PathParam("course") long course, @PathParam("lesson") long lesson) {
        if (security.getUserPrincipal() == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        return learning.complete(security.getUserPrincipal().getName(), course, lesson)
                ? Response.noContent().build() : Response.status(Response.Status.NOT_FOUND).build();
    }
}
