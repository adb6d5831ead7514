package org.capacityacademy.tracking.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.capacityacademy.tracking.control.ClientCredentials;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Lets only authorised xAPI clients speaking xAPI 1.0.x in. Without valid credentials: 401 with
 * {@code WWW-Authenticate}; without a 1.0.x {@code X-Experience-API-Version} header: 400. Also
 * refuses the resources outside {@code /xapi} (the platform's {@code /api} application would
 * otherwise serve them there too).
 */
@Provider
@XapiClient
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class XapiClientFilter implements ContainerRequestFilter {

    public static final String VERSION_HEADER = XapiAnswers.VERSION_HEADER;

    @Inject
    @ConfigProperty(name = "xapi.client.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "xapi.client.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "xapi.token")
    Optional<String> token;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!XapiApplication.isUnderXapi(request.getUriInfo())) {
            request.abortWith(XapiAnswers.refusal(Response.Status.NOT_FOUND, "no such resource", null));
        } else if (!new ClientCredentials(key, secret, token).accept(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            request.abortWith(Response.fromResponse(XapiAnswers.refusal(Response.Status.UNAUTHORIZED,
                            "authorised client credentials are needed: HTTP Basic (key and secret) or a bearer token", null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"xAPI\", charset=\"UTF-8\"")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"xAPI\"").build());
        } else if (!isVersion10(request.getHeaderString(VERSION_HEADER))) {
            request.abortWith(XapiAnswers.refusal(Response.Status.BAD_REQUEST,
                    VERSION_HEADER + ": must be given, with a 1.0.x version such as 1.0.3", null));
        }
    }

    static boolean isVersion10(String version) {
        return version != null && version.strip().matches("1\\.0(\\.\\d+)?");
    }
}
