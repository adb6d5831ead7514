package org.capacityacademy.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.capacityacademy.platform.control.Messages;

/** {@link NotAllowed} from an endpoint is 403, with a message in the caller's language. */
@Provider
@ApplicationScoped
public class NotAllowedMapper implements ExceptionMapper<NotAllowed> {

    @Inject
    Language language;

    @Override
    public Response toResponse(NotAllowed refused) {
        return Problem.of(Response.Status.FORBIDDEN, "forbidden", Messages.text(language.getLocale(), "error.403.text"));
    }
}
