package org.capacityacademy.lti;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A learning platform as the academy meets one, strict as the 1EdTech specifications: its own RSA
 * key and keyset, an authorisation endpoint that answers a login with the auto-posted ID token (as a
 * browser sees it), a token endpoint that checks the academy's client assertion against the
 * academy's published keyset, Assignment and Grade Services line items that record the scores they
 * are sent (answering with planned statuses first, e.g. 503), and a Names and Role Provisioning
 * memberships endpoint. Runs on 127.0.0.1, another origin than the academy's localhost.
 */
public final class TestPlatform implements AutoCloseable {

    public static final String DEPLOYMENT = "deployment-1";

    final HttpServer server;
    final RSAKey key;
    public final String issuer;
    public final String clientId = "academy-" + UUID.randomUUID().toString().substring(0, 8);
    private final URI tool;
    private final String toolLaunchUrl;

    final List<Map<String, String>> scores = new CopyOnWriteArrayList<>();
    public final List<String> problems = new CopyOnWriteArrayList<>();
    final Deque<Integer> scoreStatuses = new ArrayDeque<>();
    final List<Map<String, String>> members = new CopyOnWriteArrayList<>();
    /** The line items the academy created in the context, by resource id. */
    final Map<String, String> createdLineItems = new ConcurrentHashMap<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    /** What the next browser login at the authorisation endpoint gets: claims by the login hint. */
    public final Map<String, Map<String, Object>> browserLaunches = new ConcurrentHashMap<>();

    /**
     * @param tool          where the academy really answers (the test server's address)
     * @param toolLaunchUrl the launch address the academy names as its redirect URI (from its public URL)
     */
    public TestPlatform(URL tool, String toolLaunchUrl) throws Exception {
        this.tool = tool.toURI();
        this.toolLaunchUrl = toolLaunchUrl;
        key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyID(UUID.randomUUID().toString()).generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/jwks", exchange -> answer(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString(true)));
        server.createContext("/token", this::token);
        server.createContext("/auth", this::authorise);
        server.createContext("/context/lineitems", this::lineItems);
        server.createContext("/context/memberships", this::memberships);
        server.createContext("/frame", this::frame);
        server.start();
    }

    public String keysetUrl() {
        return issuer + "/jwks";
    }

    public String authUrl() {
        return issuer + "/auth";
    }

    public String tokenUrl() {
        return issuer + "/token";
    }

    String lineItem() {
        return issuer + "/context/lineitems/final";
    }

    String lineItems() {
        return issuer + "/context/lineitems";
    }

    String memberships() {
        return issuer + "/context/memberships";
    }

    /** The claims of a resource link launch of the lesson, by this platform, for this person. */
    public Map<String, Object> resourceLink(String subject, String name, String targetLinkUri, Map<String, String> custom) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", subject);
        claims.put("name", name);
        claims.put("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest");
        claims.put("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0");
        claims.put("https://purl.imsglobal.org/spec/lti/claim/deployment_id", DEPLOYMENT);
        claims.put("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", targetLinkUri);
        claims.put("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "link-1", "title", "Lesson"));
        claims.put("https://purl.imsglobal.org/spec/lti/claim/roles",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
        claims.put("https://purl.imsglobal.org/spec/lti/claim/context", Map.of("id", "context-1", "title", "Cyber diplomacy 2026"));
        claims.put("https://purl.imsglobal.org/spec/lti/claim/custom", custom);
        claims.put("https://purl.imsglobal.org/spec/lti/claim/launch_presentation", Map.of("locale", "en-GB", "document_target", "iframe"));
        claims.put("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"),
                "lineitem", lineItem(), "lineitems", lineItems()));
        return claims;
    }

    /** An ID token as the platform signs it, with these claims, for the academy's client id, valid for five minutes. */
    String idToken(Map<String, Object> claims, String nonce) throws Exception {
        return idToken(claims, nonce, key, Instant.now());
    }

    /** An ID token signed with any key, issued at any time (to test refusals). */
    String idToken(Map<String, Object> claims, String nonce, RSAKey signer, Instant issuedAt) throws Exception {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer).audience(clientId)
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(issuedAt.plusSeconds(300)))
                .claim("nonce", nonce).claim("azp", clientId);
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                set.build());
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    /**
     * The authorisation endpoint, as the browser meets it: checks the academy's authentication request
     * (OIDC implicit flow, form_post, no prompt, the redirect URI it registered) and answers with a page
     * whose form posts the ID token and the state to the academy, submitted by the page's script.
     */
    private void authorise(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Map<String, Object> claims = browserLaunches.get(query.getOrDefault("login_hint", ""));
        if (claims == null || !"openid".equals(query.get("scope")) || !"id_token".equals(query.get("response_type"))
                || !"form_post".equals(query.get("response_mode")) || !clientId.equals(query.get("client_id"))
                || !toolLaunchUrl.equals(query.get("redirect_uri"))) {
            problems.add("authentication request refused: " + query);
            answer(exchange, 400, "text/plain", "bad request");
            return;
        }
        try {
            String token = idToken(claims, query.get("nonce"));
            String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Platform</title></head><body>"
                    + "<form id=\"launch\" method=\"post\" action=\"" + tool.resolve("/lti/launch") + "\">"
                    + "<input type=\"hidden\" name=\"id_token\" value=\"" + token + "\">"
                    + "<input type=\"hidden\" name=\"state\" value=\"" + query.get("state") + "\">"
                    + "</form><script>document.getElementById('launch').submit();</script></body></html>";
            answer(exchange, 200, "text/html; charset=utf-8", page);
        } catch (Exception e) {
            problems.add(e.toString());
            answer(exchange, 500, "text/plain", e.toString());
        }
    }

    /** A course page of the platform that shows the academy's link in a frame, as Moodle does ("embed"). */
    private void frame(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String login = tool.resolve("/lti/login") + "?iss=" + encode(issuer) + "&client_id=" + encode(clientId)
                + "&login_hint=" + encode(query.get("hint")) + "&target_link_uri=" + encode(query.get("target"))
                + "&lti_deployment_id=" + DEPLOYMENT;
        answer(exchange, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><title>Course on the platform</title></head>"
                + "<body><main><h1>Course on the platform</h1><iframe id=\"tool\" title=\"Capacity Academy\" style=\"width:100%;height:700px\" src=\""
                + login.replace("&", "&amp;") + "\"></iframe></main></body></html>");
    }

    /** The token endpoint: client credentials with the academy's JWT client assertion, checked against its keyset. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            SignedJWT assertion = SignedJWT.parse(form.getOrDefault("client_assertion", ""));
            JWKSet toolKeys = JWKSet.load(tool.resolve("/lti/jwks.json").toURL());
            RSAKey toolKey = (RSAKey) toolKeys.getKeyByKeyId(assertion.getHeader().getKeyID());
            JWTClaimsSet claims = assertion.getJWTClaimsSet();
            if (!"client_credentials".equals(form.get("grant_type"))
                    || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))
                    || toolKey == null || !assertion.verify(new RSASSAVerifier(toolKey))
                    || !clientId.equals(claims.getIssuer()) || !clientId.equals(claims.getSubject())
                    || !claims.getAudience().contains(tokenUrl()) || claims.getExpirationTime().before(new Date())
                    || claims.getJWTID() == null) {
                problems.add("client assertion refused: " + form.get("scope") + " " + claims.toJSONObject());
                answer(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
                return;
            }
            String token = UUID.randomUUID().toString();
            tokens.add(token + " " + form.get("scope"));
            answer(exchange, 200, "application/json", "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                    + "\"scope\":\"" + form.get("scope") + "\"}");
        } catch (Exception e) {
            problems.add("token request: " + e);
            answer(exchange, 400, "application/json", "{\"error\":\"invalid_request\"}");
        }
    }

    private boolean authorised(HttpExchange exchange, String scope) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ")
                && tokens.stream().anyMatch(t -> t.startsWith(header.substring(7) + " ") && t.contains(scope));
    }

    /** {@code <container>/final/scores}: records the score when the token allows it, or answers the next planned status. */
    private synchronized void lineItems(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/context/lineitems")) {
            lineItemContainer(exchange, body);
            return;
        }
        if (!path.endsWith("/scores") || !"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 404, "text/plain", "no such line item");
            return;
        }
        if (!authorised(exchange, "https://purl.imsglobal.org/spec/lti-ags/scope/score")
                || !"application/vnd.ims.lis.v1.score+json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
            problems.add("score without token or type: " + exchange.getRequestHeaders().entrySet());
            answer(exchange, 401, "text/plain", "unauthorised");
            return;
        }
        Integer planned = scoreStatuses.poll();
        if (planned != null && planned != 200) {
            answer(exchange, planned, "text/plain", "try later");
            return;
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            var score = reader.readObject();
            scores.add(Map.of("lineItem", path.substring(0, path.length() - "/scores".length()),
                    "userId", score.getString("userId"), "scoreGiven", score.getJsonNumber("scoreGiven").bigDecimalValue().toPlainString(),
                    "scoreMaximum", score.getJsonNumber("scoreMaximum").bigDecimalValue().toPlainString(),
                    "activityProgress", score.getString("activityProgress"), "gradingProgress", score.getString("gradingProgress"),
                    "timestamp", score.getString("timestamp")));
        }
        answer(exchange, 200, "application/json", "{}");
    }

    /** The context's line items (AGS): listed by resource id, or one created; only with the line item scope. */
    private void lineItemContainer(HttpExchange exchange, String body) throws IOException {
        if (!authorised(exchange, "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem")) {
            problems.add("line items without the line item scope");
            answer(exchange, 401, "text/plain", "unauthorised");
            return;
        }
        if ("GET".equals(exchange.getRequestMethod())) {
            String resource = form(exchange.getRequestURI().getRawQuery()).get("resource_id");
            var list = jakarta.json.Json.createArrayBuilder();
            createdLineItems.entrySet().stream().filter(e -> resource == null || e.getKey().equals(resource))
                    .forEach(e -> list.add(jakarta.json.Json.createObjectBuilder().add("id", e.getValue()).add("resourceId", e.getKey())
                            .add("scoreMaximum", 100).add("label", e.getKey())));
            answer(exchange, 200, "application/vnd.ims.lis.v2.lineitemcontainer+json", list.build().toString());
            return;
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            var item = reader.readObject();
            String resource = item.getString("resourceId");
            String id = lineItems() + "/" + resource;
            createdLineItems.put(resource, id);
            answer(exchange, 201, "application/vnd.ims.lis.v2.lineitem+json", jakarta.json.Json.createObjectBuilder(item).add("id", id)
                    .build().toString());
        }
    }

    private void memberships(HttpExchange exchange) throws IOException {
        if (!authorised(exchange, "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly")) {
            problems.add("memberships without token");
            answer(exchange, 401, "text/plain", "unauthorised");
            return;
        }
        var list = jakarta.json.Json.createArrayBuilder();
        members.forEach(m -> list.add(jakarta.json.Json.createObjectBuilder().add("user_id", m.get("user_id"))
                .add("name", m.get("name")).add("status", m.getOrDefault("status", "Active"))
                .add("roles", jakarta.json.Json.createArrayBuilder().add("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))));
        answer(exchange, 200, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json",
                jakarta.json.Json.createObjectBuilder().add("id", memberships())
                        .add("context", jakarta.json.Json.createObjectBuilder().add("id", "context-1"))
                        .add("members", list).build().toString());
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
