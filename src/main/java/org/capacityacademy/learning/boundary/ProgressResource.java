package org.capacityacademy.learning.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

    @Operation(summary = "Mark a lesson completed",
            description = "Records that the caller completed this lesson of a course they are enrolled in (the lesson page "
                    + "calls it when the learner reaches the end, or presses the button). Completing it again changes "
                    + "nothing. Who may call it: a learner enrolled in the course, signed in.")
    @Tag(name = "Learning")
    @SecurityRequirement(name = "session")
    @Parameter(name = "course", in = ParameterIn.PATH, required = true, description = "The course's number, from the lesson page")
    @Parameter(name = "lesson", in = ParameterIn.PATH, required = true, description = "The lesson's number, from the lesson page")
    @APIResponse(responseCode = "204", description = "Completed (now or before)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such lesson in the course, or the caller is not enrolled in it")
    @PUT
    public Response complete(@PathParam("course") long course, @PathParam("lesson") long lesson) {
        if (security.getUserPrincipal() == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        return learning.complete(security.getUserPrincipal().getName(), course, lesson)
                ? Response.noContent().build() : Response.status(Response.Status.NOT_FOUND).build();
    }
}
