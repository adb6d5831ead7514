package org.capacityacademy.offline.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.ContentLanguages;
import org.capacityacademy.learning.boundary.Learning;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/**
 * {@code GET /api/offline/courses/{code}}: what to download to make a course available offline, for a
 * learner enrolled in it, in the language they read it in. A device asks again when it is online:
 * another version means the course was republished (download it again); 404 means the learner no
 * longer follows it (remove it).
 */
@Path("offline/courses/{code}")
public class OfflineCourseResource {

    @Inject
    Catalog catalog;

    @Inject
    ContentLanguages reader;

    @Inject
    Learning learning;

    @Inject
    OfflineCourses offline;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Operation(summary = "The pages of a course to keep offline",
            description = "The course page, its lessons, glossary and quiz pages, in the language the caller reads the course "
                    + "in, with the version (it changes when the course is republished) and the estimated size in bytes. "
                    + "Who may call it: a learner enrolled in the course, signed in.")
    @Tag(name = "Learning")
    @SecurityRequirement(name = "session")
    @Parameter(name = "code", in = ParameterIn.PATH, required = true, description = "The course's code, e.g. gge-2013")
    @APIResponse(responseCode = "200", description = "course, title, language, version, bytes and pages (url, title)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such course, or the caller is not enrolled in it")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response pages(@PathParam("code") String code) {
        if (security.getUserPrincipal() == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        Optional<CourseOutline> course = code.length() > 80 ? Optional.empty() : catalog.course(code, reader)
                .filter(c -> learning.progress(security.getUserPrincipal().getName(), c.card().id()).enrolled());
        if (course.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        JsonArrayBuilder pages = Json.createArrayBuilder();
        offline.pages(request.getContextPath(), course.get())
                .forEach(page -> pages.add(Json.createObjectBuilder().add("url", page.url()).add("title", page.title())));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Json.createObjectBuilder()
                .add("course", course.get().card().code())
                .add("title", course.get().card().title())
                .add("language", course.get().card().language())
                .add("version", offline.version(course.get(), reader))
                .add("bytes", offline.estimatedBytes(course.get(), reader))
                .add("pages", pages).build()).cacheControl(noStore).build();
    }
}
