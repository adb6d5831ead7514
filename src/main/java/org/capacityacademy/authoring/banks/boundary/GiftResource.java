package org.capacityacademy.authoring.banks.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
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
 * {@code GET /api/author/gift?course=C&module=modules/01-x/&language=en}: one language's question
 * bank of a module of the course's draft, as a GIFT file to download (and to import into Moodle).
 * Only the course's authors and administrators get it (403 for others); an unknown course,
 * module or language is 404.
 */
@Path("author/gift")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class GiftResource {

    @Inject
    BankDrafts banks;

    @Inject
    CurrentUser currentUser;

    @Operation(summary = "Download a question bank as GIFT",
            description = "One language's question bank of a module of the course's draft, as a GIFT file (for Moodle). "
                    + "Who may call it: the course's authors (INSTRUCTOR) and administrators (ADMIN).")
    @Tag(name = "Authoring")
    @SecurityRequirement(name = "session")
    @Parameter(name = "course", in = ParameterIn.QUERY, required = true, description = "The course's code")
    @Parameter(name = "module", in = ParameterIn.QUERY, required = true, description = "The module's folder, such as modules/01-orientation/")
    @Parameter(name = "language", in = ParameterIn.QUERY, required = true, description = "The bank's language, such as en")
    @APIResponse(responseCode = "200", description = "The GIFT file, as an attachment",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The caller may not edit this course")
    @APIResponse(responseCode = "404", description = "No such course, module or language")
    @APIResponse(responseCode = "409", description = "The bank's file does not read: its problems, a line each",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    @GET
    public Response export(@QueryParam("course") String course, @QueryParam("module") String module,
                           @QueryParam("language") String language) {
        if (course == null || module == null || language == null || !language.matches("[a-z]{2,3}")) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        try {
            String gift = banks.gift(currentUser.getEmail(), course, module, language);
            String name = module.replaceAll("^modules/|/$", "") + "-quiz." + language + ".gift";
            return Response.ok(gift, "text/plain; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (NoSuchBank | AuthoringException e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        } catch (BrokenBank e) {
            return Response.status(Response.Status.CONFLICT).type("text/plain; charset=UTF-8")
                    .entity(String.join("\n", e.getProblems().stream().map(String::valueOf).toList())).build();
        }
    }
}
