package org.capacityacademy.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.capacityacademy.platform.control.Messages;

/**
 * A request body an endpoint cannot read as the JSON it takes (malformed, of another shape) is
 * the caller's mistake: 400 with a message in their language, not a server error.
 */
@Provider
@ApplicationScoped
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Inject
    Language language;

    @Override
    public Response toResponse(ProcessingException failure) {
        return answer(language);
    }

    static Response answer(Language language) {
        return Problem.of(Response.Status.BAD_REQUEST, "unreadable", Messages.text(language.getLocale(), "error.400.unreadableBody"));
    }

    /** The same for the JSON libraries' own exceptions, when a provider lets them through unwrapped. */
    @Provider
    @ApplicationScoped
    public static class Json implements ExceptionMapper<JsonException> {

        @Inject
        Language language;

        @Override
        public Response toResponse(JsonException failure) {
            return answer(language);
        }
    }

    @Provider
    @ApplicationScoped
    public static class Binding implements ExceptionMapper<JsonbException> {

        @Inject
        Language language;

        @Override
        public Response toResponse(JsonbException failure) {
            return answer(language);
        }
    }
}
