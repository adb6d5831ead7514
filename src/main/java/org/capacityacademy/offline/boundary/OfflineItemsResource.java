package org.capacityacademy.offline.boundary;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.boundary.TextFormat;
import org.capacityacademy.platform.control.JsonBody;
import org.capacityacademy.platform.control.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Optional;

/**
 * {@code PUT /api/offline/items/{id}}: a device sends one item of its queue (see {@link OfflineItems}).
 * The reply says what became of it, with a sentence in the learner's language. (PUT with a JSON
 * body cannot be sent by another site's form, so no token is needed against cross-site requests.)
 */
@Path("offline/items/{id}")
public class OfflineItemsResource {

    @Inject
    OfflineItems items;

    @Inject
    Language language;

    @Inject
    TextFormat format;

    @Context
    SecurityContext security;

    @Operation(summary = "Send an item queued on a device",
            description = "A lesson completed, an answer given or a quiz submitted while the device was offline (or while "
                    + "the connection was down), sent when it returns. Sending the same item (same id) again stores nothing "
                    + "and gets the same reply. Who may call it: the signed-in learner who queued the item.")
    @Tag(name = "Learning")
    @SecurityRequirement(name = "session")
    @Parameter(name = "id", in = ParameterIn.PATH, required = true, description = "The id the device gave the item (a UUID)")
    @RequestBody(required = true, description = "A JSON object: kind (completion, answer, submit, paper-answer, paper-submit), "
            + "person (the learner's number, as the page gives it), and the fields of its kind",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Stored (now or before): state completed, saved, superseded or submitted, "
            + "the time, the attempt it belongs to, and a sentence")
    @APIResponse(responseCode = "400", description = "Refused: malformed, or no such question or option, or an answer too long")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such attempt, quiz or lesson of the caller's")
    @APIResponse(responseCode = "409", description = "Refused: it reached the server after the attempt's time was up, the attempt "
            + "is closed, no attempt is left, the learner is no longer enrolled, or the item was queued by another person")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("id") String id, byte[] body) {
        if (security.getUserPrincipal() == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        Optional<JsonObject> item = JsonBody.object(body);
        if (!OfflineItems.ID.matcher(id).matches() || item.isEmpty()) {
            return reply(OfflineItems.refused(400, "malformed"));
        }
        String email = security.getUserPrincipal().getName();
        try {
            return reply(items.receive(email, id, item.get()));
        } catch (EJBException | PersistenceException e) {
            // the same item sent twice at once: the second commit met the first's row; its reply is the first's
            return reply(items.receive(email, id, item.get()));
        }
    }

    private Response reply(OfflineItems.Received received) {
        JsonObject outcome = received.outcome();
        JsonObjectBuilder reply = Json.createObjectBuilder(outcome);
        String state = outcome.getString("state");
        reply.add("message", switch (state) {
            case "refused" -> refusal(outcome.getString("refused"));
            case "superseded" -> text("offline.superseded");
            case "completed" -> text("offline.completionSent");
            case "submitted" -> text("offline.submissionSent");
            default -> format.one(text("quiz.saved-at"), format.time(Instant.parse(outcome.getString("at"))));
        });
        return Response.status(received.status()).entity(reply.build()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Why an item was refused: the quiz's reasons as the attempt page says them, and the few of queues. */
    private String refusal(String reason) {
        return switch (reason) {
            case "time_up" -> text("offline.refused.late");
            case "other_person", "other_item" -> text("offline.refused.other-person");
            default -> text("quiz.refused." + reason.replace('_', '-'));
        };
    }

    private String text(String key) {
        return Messages.text(language.getLocale(), key);
    }
}
