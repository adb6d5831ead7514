package org.capacityacademy.lti;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A browser inside a platform's frame, over plain HTTP: its own cookies (the session's and the
 * login's state), the login initiation and the launch as the platform sends them, Faces forms
 * posted with their view state.
 */
final class ToolBrowser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\"[^>]*value=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    final Map<String, String> cookies = new HashMap<>();

    ToolBrowser(URL base) throws Exception {
        this.base = base.toURI();
    }

    /** The login initiation; the authentication request's parameters the academy redirected to. */
    Map<String, String> initiateLogin(TestPlatform platform, String hint, String target) throws Exception {
        HttpResponse<String> login = get("/lti/login?iss=" + encode(platform.issuer) + "&client_id=" + encode(platform.clientId)
                + "&login_hint=" + encode(hint) + "&target_link_uri=" + encode(target));
        assertEquals(302, login.statusCode(), login::body);
        return TestPlatform.form(URI.create(login.headers().firstValue("Location").orElseThrow()).getRawQuery());
    }

    HttpResponse<String> launch(String idToken, String state) throws Exception {
        return post("/lti/launch", Map.of("id_token", idToken, "state", state));
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form))));
    }

    /** Posts the form {@code form} of a page just read, with its view state and these fields. */
    HttpResponse<String> submit(String path, String page, String form, Map<String, String> fields) throws Exception {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(form, form);
        Matcher state = VIEW_STATE.matcher(page);
        if (state.find()) {
            data.put("jakarta.faces.ViewState", unescape(state.group(1)));
        }
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            data.put("primefaces.nonce", unescape(nonce.group(1)));
        }
        data.putAll(fields);
        return post(path, data);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        request.header("Accept-Language", "en").timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0 && cookie.contains("Max-Age=0")) {
                cookies.remove(pair.substring(0, equals));
            } else if (equals > 0) {
                cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return response;
    }

    static String encoded(Map<String, String> form) {
        return form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String unescape(String html) {
        return html.replace("&#58;", ":").replace("&#x3a;", ":").replace("&amp;", "&").replace("&quot;", "\"");
    }
}
