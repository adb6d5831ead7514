package org.capacityacademy.tracking.control;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A request in xAPI's alternate syntax, read from its form body: the form parameters named
 * like the headers xAPI lists are headers, {@code content} is the body, all others are query
 * parameters (xAPI 1.0.3, Part 3, 1.3).
 *
 * @param method     the request it stands for: GET, PUT, POST, DELETE or HEAD
 * @param headers    by their canonical names
 * @param parameters the query parameters, in the order given
 * @param content    the body, or null
 */
public record AlternateRequest(String method, Map<String, String> headers, Map<String, String> parameters,
                               String content) {

    static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "HEAD");
    private static final Map<String, String> HEADERS = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String header : new String[] {"Authorization", "X-Experience-API-Version", "Content-Type",
                "Content-Length", "If-Match", "If-None-Match"}) {
            HEADERS.put(header, header);
        }
    }

    public static AlternateRequest of(String method, String form) {
        String intended = method.strip().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(intended)) {
            throw new BadQueryException("method: must be one of GET, PUT, POST, DELETE, HEAD");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        String content = null;
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            boolean twice;
            if (HEADERS.containsKey(name)) {
                twice = headers.put(HEADERS.get(name), value) != null;
            } else if (name.equals("content")) {
                twice = content != null;
                content = value;
            } else {
                twice = parameters.put(name, value) != null;
            }
            if (twice) {
                throw new BadQueryException(name + ": given more than once");
            }
        }
        return new AlternateRequest(intended, headers, parameters, content);
    }

    /** The query parameters as a query string, each value encoded (a space as %20). */
    public String queryString() {
        return parameters.entrySet().stream().map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("the form body is not URL-encoded: " + e.getMessage());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
