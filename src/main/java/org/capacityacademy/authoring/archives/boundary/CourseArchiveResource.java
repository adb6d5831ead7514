package org.capacityacademy.authoring.archives.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.capacityacademy.authoring.drafts.control.DraftPaths;
import org.capacityacademy.authoring.drafts.entity.Stage;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/author/course.zip?course=C&stage=published|draft}: a course's files as a zip
 * in the format of {@code courses/}, for its authors and administrators (403 for anyone else,
 * 404 when the course has no such files, 400 for a stage that is neither).
 */
@Path("author/course.zip")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class CourseArchiveResource {

    static final String ZIP = "application/zip";

    @Inject
    CourseArchives archives;

    @Context
    SecurityContext security;

    @Operation(summary = "Download a course as a zip",
            description = "A course's files in the format of courses/ (one folder named after the course), as published or "
                    + "its draft. Who may call it: the course's authors (INSTRUCTOR) and administrators (ADMIN).")
    @Tag(name = "Authoring")
    @SecurityRequirement(name = "session")
    @Parameter(name = "course", in = ParameterIn.QUERY, required = true, description = "The course's code, such as gge-2013")
    @Parameter(name = "stage", in = ParameterIn.QUERY, required = true, description = "published or draft",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"published", "draft"}))
    @APIResponse(responseCode = "200", description = "The zip, as an attachment",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "A stage that is neither published nor draft")
    @APIResponse(responseCode = "403", description = "The caller may not edit this course")
    @APIResponse(responseCode = "404", description = "The course has no such files")
    @GET
    public Response export(@QueryParam("course") String course, @QueryParam("stage") String stage) {
        Stage chosen = stage == null || stage.isBlank() ? Stage.PUBLISHED : switch (stage.toLowerCase(Locale.ROOT)) {
            case "published" -> Stage.PUBLISHED;
            case "draft" -> Stage.DRAFT;
            default -> null;
        };
        if (chosen == null || course == null || !DraftPaths.CODE.matcher(course).matches()) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        String email = security.getUserPrincipal().getName();
        return archives.export(email, course, chosen)
                .map(zip -> Response.ok(zip, ZIP)
                        .header("Content-Disposition", "attachment; filename=\"" + course
                                + (chosen == Stage.DRAFT ? "-draft" : "") + ".zip\"")
                        .header("Cache-Control", "no-store").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
