package org.capacityacademy.tracking.control;

import org.capacityacademy.tracking.boundary.XapiClientFilter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Posts statements to an external learning record store's Statements resource. Short
 * timeouts: a slow or dead store costs the forwarding job seconds, and learners nothing.
 */
public class LrsClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final URI statements;
    private final String authorization;
    private final HttpClient http;

    /** @param endpoint the store's xAPI root, e.g. {@code https://lrs.example.org/xapi} */
    public LrsClient(String endpoint, String username, String password) {
        this.statements = URI.create(endpoint.endsWith("/") ? endpoint + "statements" : endpoint + "/statements");
        this.authorization = username == null || username.isBlank() ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI getStatementsUri() {
        return statements;
    }

    /** Sends the statements (each a JSON object) as one batch; returns normally only when the store took them. */
    public void post(List<String> statementJson) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(statements).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(XapiClientFilter.VERSION_HEADER, StatementJson.VERSION)
                .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", statementJson) + "]", StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while posting to " + statements, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException(statements + " answered " + response.statusCode());
        }
    }
}
