package org.capacityacademy.tracking.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /xapi/about}: the xAPI versions this learning record store speaks, which clients
 * ask first. Open to anyone and whatever version header they send (xAPI 1.0.3, Part 3, 2.8).
 */
@Path("about")
@RequestScoped
public class AboutResource {

    /** Every 1.0.x version: the platform answers them all as 1.0.3. */
    static final String ABOUT = Json.createObjectBuilder()
            .add("version", Json.createArrayBuilder().add("1.0.3").add("1.0.2").add("1.0.1").add("1.0.0")).build().toString();

    @Context
    UriInfo uri;

    @Operation(summary = "The xAPI versions this record store speaks",
            description = "What learning record tools ask first: {\"version\": [\"1.0.3\", \"1.0.2\", \"1.0.1\", \"1.0.0\"]}. "
                    + "Who may call it: anyone, with or without the X-Experience-API-Version header.")
    @Tag(name = "xAPI")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @GET
    public Response about() {
        if (!XapiApplication.isUnderXapi(uri)) {
            return XapiAnswers.refusal(Response.Status.NOT_FOUND, "no such resource", null);
        }
        return Response.ok(ABOUT, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
