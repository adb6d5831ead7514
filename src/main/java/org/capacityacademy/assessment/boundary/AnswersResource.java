package org.capacityacademy.assessment.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.capacityacademy.assessment.control.AnswerRefusal;
import org.capacityacademy.assessment.control.AnswerRefused;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.boundary.TextFormat;
import org.capacityacademy.platform.control.JsonBody;
import org.capacityacademy.platform.control.Messages;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code PUT /api/attempts/{attempt}/answers/{position}}: the attempt page saves each answer
 * here the moment it is given, body {@code {"answer": "..."}} in the form of
 * {@code ResponseFormat} (any other body, malformed JSON or not UTF-8 included, is refused as such). The reply says when it was saved, or why it was refused, in the
 * learner's language. (PUT with a JSON body cannot be sent by another site's form, so no
 * token is needed against cross-site requests.)
 */
@Path("attempts/{attempt}/answers/{position}")
public class AnswersResource {

    @Inject
    Attempts attempts;

    @Inject
    Language language;

    @Inject
    TextFormat format;

    @Context
    SecurityContext security;

    /** What the page sends (for the API's description; the body is read strictly by {@link JsonBody}). */
    @Schema(name = "Answer", requiredProperties = "answer")
    public record AnswerBody(@Schema(description = "The answer, as the attempt shows the question", maxLength = 500) String answer) {
    }

    /** What the page is told: {@code saved} (ISO time) or {@code refused} (a reason), and a sentence to show. */
    public record Outcome(String saved, String refused, String message) {
    }

    @Operation(summary = "Save one answer of a quiz attempt",
            description = "Saves the answer to the question at this position of the caller's own open attempt, the moment it "
                    + "is given. The answer is written as the attempt shows the question: a single choice's option number "
                    + "(0 is the first option shown), a multiple choice's numbers separated by commas, true or false, for a "
                    + "matching question the right-hand choice shown for each left-hand item (1,,0), a short answer's text "
                    + "(500 characters at most). Who may call it: the learner whose attempt it is, signed in.")
    @Tag(name = "Quizzes")
    @SecurityRequirement(name = "session")
    @Parameter(name = "attempt", in = ParameterIn.PATH, required = true, description = "The attempt's id, from the attempt page's address")
    @Parameter(name = "position", in = ParameterIn.PATH, required = true, description = "The question's place in the attempt, from 1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @RequestBody(required = true, description = "A JSON object with the answer as a string, in UTF-8",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerBody.class)))
    @APIResponse(responseCode = "200", description = "Saved; when, and a sentence saying so in the learner's language",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outcome.class)))
    @APIResponse(responseCode = "400", description = "Refused: the body is not a JSON object with a string answer (malformed), "
            + "no such question or option in the attempt, or an answer too long; the reason and a sentence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outcome.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such attempt of the caller's, or no such quiz",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outcome.class)))
    @APIResponse(responseCode = "409", description = "The attempt is closed or its time is up, the learner is no longer enrolled, "
            + "or no attempt is left",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outcome.class)))
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("attempt") String attempt, @PathParam("position") int position, byte[] body) {
        if (security.getUserPrincipal() == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        try {
            String answer = JsonBody.object(body).flatMap(object -> JsonBody.string(object, "answer"))
                    .orElseThrow(() -> new AnswerRefused(AnswerRefusal.MALFORMED));
            Instant saved = attempts.saveAnswer(security.getUserPrincipal().getName(), attempt, position, answer);
            return Response.ok(new Outcome(saved.toString(), null,
                    format.one(text("quiz.saved-at"), format.time(saved)))).build();
        } catch (AnswerRefused refused) {
            return Response.status(statusOf(refused.getReason()))
                    .entity(new Outcome(null, refused.getReason().name().toLowerCase(java.util.Locale.ROOT),
                            text(refused.getReason().messageKey()))).build();
        }
    }

    private String text(String key) {
        return Messages.text(language.getLocale(), key);
    }

    private static Response.Status statusOf(AnswerRefusal reason) {
        return switch (reason) {
            case NO_ATTEMPT, NO_QUIZ -> Response.Status.NOT_FOUND;
            case CLOSED, TIME_UP, NOT_ENROLLED, NO_ATTEMPTS_LEFT -> Response.Status.CONFLICT;
            case NO_SUCH_QUESTION, NO_SUCH_OPTION, TOO_LONG, MALFORMED -> Response.Status.BAD_REQUEST;
        };
    }
}
