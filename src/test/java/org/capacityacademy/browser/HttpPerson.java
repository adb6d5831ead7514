package org.capacityacademy.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using the platform over plain HTTP, without a browser: their own cookies, Faces forms
 * posted with the page's view state, redirects followed as a browser does. Many of them load a
 * server far more cheaply than as many browsers ({@link ServerRestartIT}).
 */
final class HttpPerson {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\"[^>]*value=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http;
    /**
     * The cookies, kept here rather than in a {@link java.net.CookieManager}: the session cookie is
     * {@code Secure}, which browsers honour on {@code http://localhost} and the JDK's manager does not.
     */
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

    HttpPerson(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** What a request ended on: the last address (after redirects), its status and its text. */
    record Page(String path, int status, String body) {
    }

    /** A GET, following redirects. */
    Page get(String path) throws IOException, InterruptedException {
        return follow(send(HttpRequest.newBuilder(base.resolve(path)).GET()), path);
    }

    /** A PUT of JSON, no redirect followed. */
    HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Loads a Faces page and posts its form {@code form} with the given fields; the response to the post
     * itself (a redirect when the action succeeded), not followed.
     */
    HttpResponse<String> post(String path, String form, Map<String, String> fields) throws IOException, InterruptedException {
        Page page = get(path);
        if (page.status() != 200) {
            throw new IOException(path + " answered " + page.status());
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put(form, form);
        data.put("jakarta.faces.ViewState", hidden(VIEW_STATE, page.body(), path));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            data.put("primefaces.nonce", unescape(nonce.group(1)));
        }
        data.putAll(fields);
        String body = data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(page.path())).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form as {@link #post} does, then follows the redirect: the page the person ends on. */
    Page submit(String path, String form, Map<String, String> fields) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, form, fields);
        return follow(response, path);
    }

    /** This platform's address of a path. */
    URI address(String path) {
        return base.resolve(path);
    }

    /** A GET of any address (another server's too: an identity provider's), no redirect followed. */
    HttpResponse<String> fetch(URI address) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(address).GET());
    }

    /** A plain form post to any address (a provider's login page), no redirect followed. */
    HttpResponse<String> postForm(URI address, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(address).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The redirect's target of a response, or null. */
    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(URI::create)
                .map(uri -> uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())).orElse(null);
    }

    private Page follow(HttpResponse<String> response, String path) throws IOException, InterruptedException {
        for (int redirects = 0; redirects < 5; redirects++) {
            String location = location(response);
            if (response.statusCode() / 100 != 3 || location == null) {
                return new Page(path, response.statusCode(), response.body());
            }
            path = location;
            response = send(HttpRequest.newBuilder(base.resolve(path)).GET());
        }
        throw new IOException("too many redirects to " + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.header("Accept-Language", "en").header("Accept", "text/html,application/json").timeout(Duration.ofSeconds(20));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return response;
    }

    private static String hidden(Pattern pattern, String body, String path) throws IOException {
        Matcher found = pattern.matcher(body);
        if (!found.find()) {
            throw new IOException("no form state in " + path);
        }
        return unescape(found.group(1));
    }

    private static String unescape(String html) {
        return html.replace("&#58;", ":").replace("&#x3a;", ":").replace("&amp;", "&").replace("&quot;", "\"");
    }
}
