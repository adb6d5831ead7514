package org.capacityacademy.tracking.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

    @Operation(summary = "Read xAPI statements",
            description = "The xAPI 1.0.3 Statements resource, for learning record tools: one statement by its id, or the "
                    + "statements matching the filters, newest first, a page at a time ({\"statements\": [...], \"more\": "
                    + "address of the next page or empty}). Needs the header X-Experience-API-Version: 1.0.x. Who may call "
                    + "it: the configured xAPI client (XAPI_CLIENT_KEY and XAPI_CLIENT_SECRET with HTTP Basic, or XAPI_TOKEN "
                    + "as a bearer token); people's accounts are never accepted here.")
    @Tag(name = "xAPI")
    @SecurityRequirement(name = "xapiBasic")
    @SecurityRequirement(name = "xapiBearer")
    @Parameter(name = "X-Experience-API-Version", in = ParameterIn.HEADER, required = true, description = "1.0.0 to 1.0.3")
    @Parameter(name = "statementId", in = ParameterIn.QUERY, description = "One statement, by its id (no other filter then)")
    @Parameter(name = "voidedStatementId", in = ParameterIn.QUERY, description = "A voided statement, by its id: the platform voids none, so always 404")
    @Parameter(name = "agent", in = ParameterIn.QUERY, description = "An Agent as JSON, with the account {\"homePage\": PUBLIC_URL, \"name\": account id}")
    @Parameter(name = "verb", in = ParameterIn.QUERY, description = "A verb's IRI, such as http://adlnet.gov/expapi/verbs/completed")
    @Parameter(name = "activity", in = ParameterIn.QUERY, description = "An activity's IRI")
    @Parameter(name = "related_activities", in = ParameterIn.QUERY, description = "true: also statements whose parent is the activity (a course's lessons)",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @Parameter(name = "related_agents", in = ParameterIn.QUERY, description = "true or false: the platform's statements name only their actor, so it changes nothing",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @Parameter(name = "registration", in = ParameterIn.QUERY, description = "A quiz attempt's id (the statements' context.registration)")
    @Parameter(name = "since", in = ParameterIn.QUERY, description = "Stored after this time (ISO 8601)", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "until", in = ParameterIn.QUERY, description = "Stored at or before this time (ISO 8601)", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Statements per page, at most 100 (0, none or more: 100)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "100"))
    @Parameter(name = "ascending", in = ParameterIn.QUERY, description = "true: oldest first", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "exact (the default), ids or canonical (one language per language map, by Accept-Language)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"exact", "ids", "canonical"}))
    @Parameter(name = "attachments", in = ParameterIn.QUERY, description = "true: the answer is multipart/mixed with the JSON as its first part (the platform's statements have no attachments)",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "Where the next page starts: only as given in more")
    @APIResponse(responseCode = "200", description = "The statement, or a page of statements; header X-Experience-API-Consistent-Through",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "A missing version header or a bad filter value: {\"message\": naming the parameter}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", description = "No client credentials, or wrong ones (or none configured)")
    @APIResponse(responseCode = "404", description = "No statement with this id")
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
    @Operation(summary = "Store xAPI statements (refused)",
            description = "This learning record store is read-only: its statements are made by the platform itself from "
                    + "learning events, so storing is always refused with 403 and {\"message\": ...}. "
                    + "Who may call it: the configured xAPI client; it is refused all the same.")
    @Tag(name = "xAPI")
    @SecurityRequirement(name = "xapiBasic")
    @SecurityRequirement(name = "xapiBearer")
    @RequestBody(description = "A statement or an array of statements, as xAPI 1.0.3 defines them; never stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "403", description = "Always: the store is read-only",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", description = "No client credentials, or wrong ones")
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(String statements) {
        return readOnly();
    }

    @Operation(summary = "Store xAPI statements (refused)",
            description = "This learning record store is read-only: its statements are made by the platform itself from "
                    + "learning events, so storing is always refused with 403 and {\"message\": ...}. "
                    + "Who may call it: the configured xAPI client; it is refused all the same.")
    @Tag(name = "xAPI")
    @SecurityRequirement(name = "xapiBasic")
    @SecurityRequirement(name = "xapiBearer")
    @RequestBody(description = "A statement or an array of statements, as xAPI 1.0.3 defines them; never stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "403", description = "Always: the store is read-only",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", description = "No client credentials, or wrong ones")
    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(String statements) {
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
