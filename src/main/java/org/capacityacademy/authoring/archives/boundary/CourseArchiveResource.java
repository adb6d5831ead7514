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
