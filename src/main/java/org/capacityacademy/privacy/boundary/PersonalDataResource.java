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
