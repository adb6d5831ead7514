package org.capacityacademy.credential.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.capacityacademy.credential.control.IssuerKey;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.credential.entity.CompletionRecord;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
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
 * A learner's own record as files: {@code GET /api/records/{id}/certificate.pdf} and {@code GET
 * /api/records/{id}/credential.jwt} (the Open Badges credential), and {@code GET
 * /api/records/{id}/credential.json} (the same, as JSON-LD with a Data Integrity proof). Only the record's learner, or
 * an administrator, gets them; anyone else gets 404, as for a record that does not exist.
 */
@Path("records/{id}")
public class RecordFilesResource {

    @Inject
    Records records;

    @Inject
    Certificates certificates;

    @Inject
    Badges badges;

    @Context
    SecurityContext security;

    @Operation(summary = "Download my certificate",
            description = "The PDF certificate of one of the caller's completion records, in their language. "
                    + "Who may call it: the learner the record belongs to, signed in.")
    @Tag(name = "Records")
    @SecurityRequirement(name = "session")
    @Parameter(name = "id", in = ParameterIn.PATH, required = true, description = "The record's id, from My records")
    @APIResponse(responseCode = "200", description = "The certificate, as an attachment",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such record of the caller's (or its holder's name was erased)")
    @GET
    @Path("certificate.pdf")
    public Response certificate(@PathParam("id") String id) {
        return own(id).map(record -> file(certificates.pdf(record), "application/pdf", record, "pdf"))
                .orElseGet(RecordFilesResource::notFound);
    }

    @Operation(summary = "Download my Open Badges credential",
            description = "The Open Badges 3.0 credential of one of the caller's completion records, signed as a VC-JWT "
                    + "with the platform's Ed25519 key (its keys: /.well-known/jwks.json). "
                    + "Who may call it: the learner the record belongs to, signed in.")
    @Tag(name = "Records")
    @SecurityRequirement(name = "session")
    @Parameter(name = "id", in = ParameterIn.PATH, required = true, description = "The record's id, from My records")
    @APIResponse(responseCode = "200", description = "The credential, as an attachment",
            content = @Content(mediaType = IssuerKey.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such record of the caller's (or its holder's name was erased)")
    @GET
    @Path("credential.jwt")
    public Response credential(@PathParam("id") String id) {
        return own(id).map(record -> file(badges.credential(record), IssuerKey.MEDIA_TYPE, record, "jwt"))
                .orElseGet(RecordFilesResource::notFound);
    }

    @Operation(summary = "Download my Open Badges credential as JSON-LD",
            description = "The same Open Badges 3.0 credential as credential.jwt, as JSON-LD with a Data Integrity proof "
                    + "(eddsa-rdfc-2022; its keys: /.well-known/did.json), for wallets that read that form. "
                    + "Who may call it: the learner the record belongs to, signed in.")
    @Tag(name = "Records")
    @SecurityRequirement(name = "session")
    @Parameter(name = "id", in = ParameterIn.PATH, required = true, description = "The record's id, from My records")
    @APIResponse(responseCode = "200", description = "The credential, as an attachment",
            content = @Content(mediaType = "application/vc+ld+json", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No such record of the caller's (or its holder's name was erased)")
    @GET
    @Path("credential.json")
    public Response linkedDataCredential(@PathParam("id") String id) {
        return own(id).map(record -> file(badges.linkedDataCredential(record).toString().getBytes(StandardCharsets.UTF_8),
                        "application/vc+ld+json",
                        record, "json"))
                .orElseGet(RecordFilesResource::notFound);
    }

    private Optional<CompletionRecord> own(String id) {
        return security.getUserPrincipal() == null ? Optional.empty()
                : records.forDownload(security.getUserPrincipal().getName(), id);
    }

    private static Response file(Object content, String type, CompletionRecord record, String extension) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"capacity-academy-"
                        + record.getCourseCode() + "-" + VerificationCode.display(record.getCode()) + "." + extension + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).build();
    }
}
