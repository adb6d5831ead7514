package org.capacityacademy.lti.control;

import java.io.Serializable;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a link in a platform points at: a course, one of its modules or one of its lessons, by
 * code. Custom parameters {@code course}, {@code module}, {@code lesson} win over the target link's
 * query (the address a deep linked item carries, e.g. {@code /lti/launch?course=gge-2013&lesson=norms-1}).
 */
public record LinkTarget(String course, String module, String lesson) implements Serializable {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    public static Optional<LinkTarget> of(Map<String, String> custom, String targetLinkUri) {
        Map<String, String> query = query(targetLinkUri);
        String course = pick(custom, query, "course");
        if (course == null) {
            return Optional.empty();
        }
        return Optional.of(new LinkTarget(course, pick(custom, query, "module"), pick(custom, query, "lesson")));
    }

    /** The query of the tool's launch address for this target. */
    public String query() {
        return "course=" + course + (module == null ? "" : "&module=" + module) + (lesson == null ? "" : "&lesson=" + lesson);
    }

    private static String pick(Map<String, String> custom, Map<String, String> query, String name) {
        String value = custom.getOrDefault(name, query.get(name));
        return value != null && CODE.matcher(value.strip()).matches() ? value.strip() : null;
    }

    private static Map<String, String> query(String uri) {
        Map<String, String> values = new HashMap<>();
        try {
            String query = uri == null ? null : URI.create(uri).getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0) {
                        values.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                                URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // an address that is no URI names no target
        }
        return values;
    }
}
