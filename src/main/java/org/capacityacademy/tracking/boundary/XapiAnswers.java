package org.capacityacademy.tracking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.capacityacademy.tracking.control.StatementJson;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Marks every answer under {@code /xapi}, refusals and errors included, with the xAPI version
 * and {@code X-Experience-API-Consistent-Through}, as xAPI 1.0.3 asks of every answer of the
 * Statements resource. Registered by {@link XapiApplication} only (no {@code @Provider}), so that
 * it marks nothing of the platform's other REST endpoints.
 */
@ApplicationScoped
public class XapiAnswers implements ContainerResponseFilter {

    public static final String VERSION_HEADER = "X-Experience-API-Version";
    public static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Logger LOG = Logger.getLogger(XapiAnswers.class.getName());

    @Inject
    StoredTimes storedTimes;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(VERSION_HEADER, StatementJson.VERSION);
        if (!response.getHeaders().containsKey(CONSISTENT_THROUGH)) {
            try {
                // read only: a refused request never writes to the database
                response.getHeaders().putSingle(CONSISTENT_THROUGH, StatementJson.instant(storedTimes.consistentThrough()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "no Consistent-Through for an xAPI answer: the database did not answer", e);
            }
        }
    }

    /** An answer refusing the request, with a JSON {@code message} saying why. */
    public static Response refusal(Response.StatusType status, String message, Instant consistentThrough) {
        Response.ResponseBuilder refusal = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(JSON.createObjectBuilder().add("message", message).build().toString());
        if (consistentThrough != null) {
            refusal.header(CONSISTENT_THROUGH, StatementJson.instant(consistentThrough));
        }
        return refusal.build();
    }
}
