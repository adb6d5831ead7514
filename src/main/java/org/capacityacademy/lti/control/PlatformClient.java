package org.capacityacademy.lti.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.capacityacademy.lti.entity.Platform;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The academy calling a platform's LTI Advantage services: an access token from its token endpoint
 * (OAuth 2.0 client credentials with a JWT client assertion signed by the tool's key, RFC 7523 as
 * the 1EdTech Security Framework requires), then scores posted to a line item (AGS) and a context's
 * members read (NRPS, following {@code rel="next"} pages).
 */
public final class PlatformClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MOST_PAGES = 50;

    private final Platform platform;
    private final ToolKeyPair key;
    private final HttpClient http;

    public PlatformClient(Platform platform, ToolKeyPair key) {
        this.platform = platform;
        this.key = key;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A failure to talk to the platform, with what it answered. */
    public static class Unavailable extends Exception {
        public Unavailable(String message) {
            super(message);
        }
    }

    /** An access token for these scopes (space-separated). */
    public String accessToken(String scopes, Instant now) throws Unavailable {
        String assertion = key.sign(new JWTClaimsSet.Builder().issuer(platform.getClientId()).subject(platform.getClientId())
                .audience(platform.getTokenUrl()).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString()).build());
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + encode(assertion) + "&scope=" + encode(scopes);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(platform.getTokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new Unavailable("token endpoint answered " + response.statusCode());
        }
        JsonObject token = json(response.body());
        if (!token.containsKey("access_token")) {
            throw new Unavailable("token endpoint gave no access token");
        }
        return token.getString("access_token");
    }

    /** Posts a score to a line item ({@code <lineitem>/scores}); the learner's result as completed and fully graded. */
    public void postScore(String token, String lineItem, String subject, BigDecimal given, BigDecimal maximum,
                          String comment, Instant timestamp) throws Unavailable {
        var score = Json.createObjectBuilder().add("userId", subject).add("scoreGiven", given).add("scoreMaximum", maximum)
                .add("activityProgress", "Completed").add("gradingProgress", "FullyGraded")
                .add("timestamp", timestamp.toString());
        if (comment != null) {
            score.add("comment", comment);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(scoresOf(lineItem)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/vnd.ims.lis.v1.score+json")
                .POST(HttpRequest.BodyPublishers.ofString(score.build().toString())));
        if (response.statusCode() / 100 != 2) {
            throw new Unavailable("score endpoint answered " + response.statusCode());
        }
    }

    /**
     * The line item of a resource (a module quiz) in a context's line items container: the one the
     * platform has for that resource id, or a new one (0 to 100) when it has none.
     */
    public String lineItemFor(String token, String container, String resourceId, String label) throws Unavailable {
        String separator = container.contains("?") ? "&" : "?";
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(container + separator + "resource_id=" + encode(resourceId)))
                .header("Authorization", "Bearer " + token).header("Accept", "application/vnd.ims.lis.v2.lineitemcontainer+json").GET());
        if (found.statusCode() == 200) {
            try (JsonReader reader = Json.createReader(new StringReader(found.body()))) {
                for (JsonValue item : reader.readArray()) {
                    if (resourceId.equals(item.asJsonObject().getString("resourceId", null))) {
                        return item.asJsonObject().getString("id");
                    }
                }
            } catch (RuntimeException e) {
                throw new Unavailable("line items not readable: " + e.getMessage());
            }
        } else {
            throw new Unavailable("line items endpoint answered " + found.statusCode());
        }
        String item = Json.createObjectBuilder().add("scoreMaximum", 100).add("label", label).add("resourceId", resourceId)
                .build().toString();
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(container)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/vnd.ims.lis.v2.lineitem+json").POST(HttpRequest.BodyPublishers.ofString(item)));
        if (created.statusCode() / 100 != 2) {
            throw new Unavailable("line items endpoint answered " + created.statusCode());
        }
        return json(created.body()).getString("id");
    }

    /** The scores URL of a line item: its path with {@code /scores} appended, its query kept. */
    static String scoresOf(String lineItem) {
        URI uri = URI.create(lineItem);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getScheme() + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path + "scores" : path + "/scores")
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A member of a context: the platform's subject id, name, roles and status. */
    public record Member(String subject, String name, List<String> roles, boolean active) {
    }

    /** The members of a context, from its NRPS memberships URL (every page). */
    public List<Member> members(String token, String membershipsUrl) throws Unavailable {
        List<Member> members = new ArrayList<>();
        String next = membershipsUrl;
        for (int page = 0; next != null && page < MOST_PAGES; page++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(next)).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json").GET());
            if (response.statusCode() != 200) {
                throw new Unavailable("memberships endpoint answered " + response.statusCode());
            }
            for (JsonValue value : json(response.body()).getJsonArray("members")) {
                JsonObject member = value.asJsonObject();
                String name = member.getString("name", null);
                if (name == null) {
                    name = (member.getString("given_name", "") + " " + member.getString("family_name", "")).strip();
                }
                members.add(new Member(member.getString("user_id"), name.isEmpty() ? null : name,
                        member.containsKey("roles") ? member.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                                .stream().map(jakarta.json.JsonString::getString).toList() : List.of(),
                        "Active".equals(member.getString("status", "Active"))));
            }
            next = nextPage(response.headers().allValues("Link"));
        }
        return members;
    }

    private static String nextPage(List<String> links) {
        for (String header : links) {
            for (String link : header.split(",")) {
                if (link.contains("rel=\"next\"") && link.contains("<") && link.contains(">")) {
                    return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
                }
            }
        }
        return null;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Unavailable {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | IllegalArgumentException e) {
            throw new Unavailable(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    private static JsonObject json(String body) throws Unavailable {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new Unavailable("not JSON: " + e.getMessage());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
