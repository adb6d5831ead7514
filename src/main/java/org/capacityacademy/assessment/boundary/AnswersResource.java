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
import org.capacityacademy.platform.control.Messages;

import java.time.Instant;

/**
 * {@code PUT /api/attempts/{attempt}/answers/{position}}: the attempt page saves each answer
 * here the moment it is given, body {@code {"answer": "..."}} in the form of
 * {@code ResponseFormat}. The reply says when it was saved, or why it was refused, in the
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

    /** What the page sends. */
    public static class Answer {
        public String answer;
    }

    /** What the page is told: {@code saved} (ISO time) or {@code refused} (a reason), and a sentence to show. */
    public record Outcome(String saved, String refused, String message) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("attempt") String attempt, @PathParam("position") int position, Answer body) {
        if (security.getUserPrincipal() == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        try {
            Instant saved = attempts.saveAnswer(security.getUserPrincipal().getName(), attempt, position,
                    body == null ? null : body.answer);
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
            case NO_SUCH_QUESTION, NO_SUCH_OPTION, TOO_LONG -> Response.Status.BAD_REQUEST;
        };
    }
}
