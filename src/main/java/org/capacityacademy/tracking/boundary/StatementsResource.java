package org.capacityacademy.tracking.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.capacityacademy.tracking.boundary.Statements.OneStatement;
import org.capacityacademy.tracking.boundary.Statements.StatementPage;
import org.capacityacademy.tracking.control.BadQueryException;
import org.capacityacademy.tracking.control.CanonicalFormat;
import org.capacityacademy.tracking.control.IdsFormat;
import org.capacityacademy.tracking.control.StatementJson;
import org.capacityacademy.tracking.control.StatementQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * {@code /xapi/statements}: the xAPI 1.0.3 Statements resource of a read-only learning record
 * store, for authorised clients: one statement by {@code statementId}, or pages of them by the
 * standard filters with a {@code more} link that continues after the last statement of the
 * page. Statements are made by the platform only: storing is refused (403).
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

    @Context
    HttpHeaders headers;

    @GET
    public Response get() {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        try {
            UUID id = StatementQuery.singleId(parameters);
            boolean attachments = StatementQuery.attachments(parameters);
            if (id != null) {
                UnaryOperator<JsonObject> format = format(parameters.getFirst("format"));
                OneStatement found = StatementQuery.isVoidedRequest(parameters)
                        // the platform never voids a statement: it never has to correct one (README, xAPI)
                        ? new OneStatement(Optional.empty(), null, statements.consistentThrough())
                        : statements.find(id);
                if (found.statement().isEmpty()) {
                    return XapiAnswers.refusal(Response.Status.NOT_FOUND, "statementId: no statement with this id",
                            found.consistentThrough());
                }
                return answer(format.apply(read(found.statement().get())).toString(), attachments,
                        found.consistentThrough(), found.stored());
            }
            StatementQuery query = StatementQuery.parse(parameters, new StatementJson(publicUrl).getHomePage());
            UnaryOperator<JsonObject> pageFormat = format(query.format());
            StatementPage page = statements.find(query);
            JsonArrayBuilder found = JSON.createArrayBuilder();
            page.statements().forEach(json -> found.add(pageFormat.apply(read(json))));
            JsonObject result = JSON.createObjectBuilder().add("statements", found)
                    .add("more", page.next() == null ? "" : more(parameters, page.next().encode())).build();
            return answer(result.toString(), attachments, page.consistentThrough(), page.lastModified());
        } catch (BadQueryException e) {
            return XapiAnswers.refusal(Response.Status.BAD_REQUEST, e.getMessage(), null);
        }
    }

    /** Statements come from the platform's own learning events only. */
    @POST
    public Response post() {
        return readOnly();
    }

    @PUT
    public Response put() {
        return readOnly();
    }

    private static Response readOnly() {
        return XapiAnswers.refusal(Response.Status.FORBIDDEN,
                "this learning record store is read-only: its statements are made by the platform itself", null);
    }

    /** JSON, or with {@code attachments=true} the multipart answer whose first part is that JSON (there are no attachments). */
    private static Response answer(String json, boolean attachments, Instant consistentThrough, Instant lastModified) {
        Response.ResponseBuilder response;
        if (attachments) {
            String boundary = "xapi-" + UUID.randomUUID().toString().replace("-", "");
            response = Response.ok("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + json
                    + "\r\n--" + boundary + "--\r\n").type("multipart/mixed; boundary=" + boundary);
        } else {
            response = Response.ok(json).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        }
        if (lastModified != null) {
            response.lastModified(Date.from(lastModified));
        }
        return response.header(XapiAnswers.CONSISTENT_THROUGH, StatementJson.instant(consistentThrough)).build();
    }

    private UnaryOperator<JsonObject> format(String format) {
        if ("ids".equals(format)) {
            return IdsFormat::of;
        }
        if ("canonical".equals(format)) {
            return CanonicalFormat.accepting(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))::of;
        }
        return UnaryOperator.identity();
    }

    private static JsonObject read(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
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
