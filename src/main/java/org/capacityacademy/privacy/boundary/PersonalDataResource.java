package org.capacityacademy.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/my-data}: everything the platform holds about the person signed in, as a JSON
 * file to download (their own data only: the address names no one; web.xml lets only people
 * signed in reach it).
 */
@Path("my-data")
public class PersonalDataResource {

    @Inject
    PersonalData personalData;

    @Context
    SecurityContext security;

    @Operation(summary = "Download all my data",
            description = "Everything the platform holds about the caller, as one JSON file: account and profile, roles, "
                    + "enrolments and lesson progress, quiz attempts and answers, xAPI statements, completion records, "
                    + "password resets and sign-in failures, and the audit log's lines about them. "
                    + "Who may call it: anyone signed in, for their own data only.")
    @Tag(name = "Privacy")
    @SecurityRequirement(name = "session")
    @APIResponse(responseCode = "200", description = "The data, as an attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "The account no longer exists")
    @GET
    public Response download() {
        if (security.getUserPrincipal() == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        return personalData.export(security.getUserPrincipal().getName())
                .map(json -> Response.ok(json.toString(), MediaType.APPLICATION_JSON + ";charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"capacity-academy-my-data-"
                                + LocalDate.now(ZoneOffset.UTC) + ".json\"")
                        .header("Cache-Control", "private, no-store").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
