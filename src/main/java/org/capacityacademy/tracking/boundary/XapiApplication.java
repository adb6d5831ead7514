package org.capacityacademy.tracking.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import java.util.Set;

/**
 * The xAPI resources under {@code /xapi}, for learning record tools rather than people: no
 * sign-in page, client credentials instead (see {@link XapiClientFilter}). Lists its classes
 * so that the platform's other REST endpoints do not appear under {@code /xapi} too.
 */
@ApplicationPath("xapi")
public class XapiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(StatementsResource.class, XapiClientFilter.class);
    }

    /** Errors keep their JSON body instead of becoming the platform's HTML error pages. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
