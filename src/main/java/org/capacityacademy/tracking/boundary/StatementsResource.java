package org.capacityacademy.tracking.boundary;

import jakarta.json.spi.JsonProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.capacityacademy.tracking.boundary.Statements.StatementPage;
import org.capacityacademy.tracking.control.BadQueryException;
import org.capacityacademy.tracking.control.IdsFormat;
import org.capacityacademy.tracking.control.StatementJson;
import org.capacityacademy.tracking.control.StatementQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code GET /xapi/statements}: the xAPI 1.0.3 Statements resource for authorised clients, one
 * statement by {@code statementId} or pages of them by the standard filters, with a {@code more}
 * link that continues after the last statement of the page.
 */
@Path("statements")
@XapiClient
@RequestScoped
public class StatementsResource {

    /** Looked up once: {@code Json.create…} looks the provider up through the class loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    Statements statements;

    @Inject
    @ConfigProperty(name = "public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        Instant consistentThrough = Instant.now();
        try {
            UUID id = StatementQuery.singleId(parameters);
            if (id != null) {
                String format = parameters.getFirst("format");
                return (StatementQuery.isVoidedRequest(parameters) ? Optional.<String>empty() : statements.find(id))
                        .map(json -> answer(Response.ok(inFormat(json, format).toString()), consistentThrough))
                        .orElseGet(() -> XapiClientFilter.refusal(Response.Status.NOT_FOUND, "no statement with this id"));
            }
            StatementQuery query = StatementQuery.parse(parameters, new StatementJson(publicUrl).getHomePage());
            StatementPage page = statements.find(query);
            JsonArrayBuilder found = JSON.createArrayBuilder();
            page.statements().forEach(json -> found.add(inFormat(json, query.format())));
            JsonObject result = JSON.createObjectBuilder().add("statements", found)
                    .add("more", page.next() == null ? "" : more(parameters, page.next().encode())).build();
            return answer(Response.ok(result.toString()), consistentThrough);
        } catch (BadQueryException e) {
            return XapiClientFilter.refusal(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    private static Response answer(Response.ResponseBuilder response, Instant consistentThrough) {
        return response.type(MediaType.APPLICATION_JSON_TYPE)
                .header("X-Experience-API-Consistent-Through", StatementJson.instant(consistentThrough)).build();
    }

    private static JsonObject inFormat(String json, String format) {
        JsonObject statement = JSON.createReader(new StringReader(json)).readObject();
        return "ids".equals(format) ? IdsFormat.of(statement) : statement;
    }

    /** The same request, continuing after the page's last statement: a path relative to the server. */
    private String more(MultivaluedMap<String, String> parameters, String cursor) {
        String query = parameters.entrySet().stream().filter(p -> !p.getKey().equals("cursor"))
                .sorted(Map.Entry.comparingByKey())
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue().get(0)))
                .collect(Collectors.joining("&"));
        return uri.getBaseUri().getPath() + "statements?" + (query.isEmpty() ? "" : query + "&") + "cursor=" + cursor;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
