package org.capacityacademy.tracking.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error under {@code /xapi} as the JSON answer an xAPI client can read, with the
 * headers {@link XapiAnswers} adds: no such resource (404), a method the resource does not take
 * (405, with {@code Allow}), and whatever failed in the platform (500, logged) instead of the
 * platform's HTML error page. Registered by {@link XapiApplication} only.
 */
public class XapiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(XapiErrors.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException refused) {
            Response original = refused.getResponse();
            String message = switch (original.getStatus()) {
                case 404 -> "no such resource";
                case 405 -> "this resource does not take that method; it takes " + original.getHeaderString(HttpHeaders.ALLOW);
                default -> original.getStatusInfo().getReasonPhrase();
            };
            Response answer = XapiAnswers.refusal(original.getStatusInfo(), message, null);
            return original.getHeaderString(HttpHeaders.ALLOW) == null ? answer
                    : Response.fromResponse(answer).header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW)).build();
        }
        LOG.log(Level.SEVERE, "xAPI request failed", error);
        return XapiAnswers.refusal(Response.Status.INTERNAL_SERVER_ERROR,
                "the learning record store could not answer this time; try again later", null);
    }
}
