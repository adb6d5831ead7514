package org.capacityacademy.tracking.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.UriInfo;

import java.util.Map;
import java.util.Set;

/**
 * The xAPI resources under {@code /xapi}, for learning record tools rather than people: no
 * sign-in page, client credentials instead (see {@link XapiClientFilter}). Lists its classes
 * so that the platform's other REST endpoints do not appear under {@code /xapi} too; its
 * filters and error answers carry no {@code @Provider}, so they touch nothing outside it.
 */
@ApplicationPath("xapi")
public class XapiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(StatementsResource.class, AboutResource.class, XapiClientFilter.class, XapiAnswers.class,
                AlternateRequestSyntax.class, XapiErrors.class);
    }

    /** Errors keep their JSON body instead of becoming the platform's HTML error pages. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }

    /** Whether a request came through this application (the {@code /api} one finds the same resources by scanning). */
    static boolean isUnderXapi(UriInfo uri) {
        return uri.getBaseUri().getPath().endsWith("/xapi/");
    }
}
