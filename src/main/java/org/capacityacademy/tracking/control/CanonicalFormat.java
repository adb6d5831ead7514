package org.capacityacademy.tracking.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A statement in xAPI's {@code canonical} format: each language map (a verb's display, an
 * activity's name and description, its interaction components' descriptions) reduced to the
 * one language the client's {@code Accept-Language} prefers, chosen map by map as RFC 2616
 * says (xAPI 1.0.3, Part 3, 2.1.3). The platform's activity definitions are their canonical ones.
 */
public final class CanonicalFormat {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final List<String> COMPONENTS = List.of("choices", "scale", "source", "target", "steps");
    /** When the client accepts none of a map's languages: English, as the ADL verbs give it, else the first. */
    private static final List<String> FALLBACK = List.of("en-US", "en", "en-GB");

    private final List<Locale.LanguageRange> accepted;

    private CanonicalFormat(List<Locale.LanguageRange> accepted) {
        this.accepted = accepted;
    }

    /** @param acceptLanguage the request's {@code Accept-Language}, or null */
    public static CanonicalFormat accepting(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return new CanonicalFormat(List.of());
        }
        try {
            return new CanonicalFormat(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0).toList());
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("Accept-Language: not a list of language ranges, e.g. fr-CA, fr;q=0.8, en;q=0.5");
        }
    }

    public JsonObject of(JsonObject statement) {
        JsonObjectBuilder canonical = JSON.createObjectBuilder(statement);
        if (statement.get("verb") instanceof JsonObject verb && verb.get("display") instanceof JsonObject display) {
            canonical.add("verb", JSON.createObjectBuilder(verb).add("display", one(display)));
        }
        if (statement.get("object") instanceof JsonObject object) {
            canonical.add("object", "SubStatement".equals(object.getString("objectType", "")) ? of(object) : activity(object));
        }
        if (statement.get("context") instanceof JsonObject context
                && context.get("contextActivities") instanceof JsonObject contextActivities) {
            JsonObjectBuilder activities = JSON.createObjectBuilder(contextActivities);
            contextActivities.forEach((kind, value) -> activities.add(kind, value instanceof JsonArray list
                    ? each(list, this::activity) : value instanceof JsonObject one ? activity(one) : value));
            canonical.add("context", JSON.createObjectBuilder(context).add("contextActivities", activities));
        }
        if (statement.get("attachments") instanceof JsonArray attachments) {
            canonical.add("attachments", each(attachments, attachment -> maps(attachment, "display", "description")));
        }
        return canonical.build();
    }

    private JsonValue activity(JsonObject activity) {
        if (!(activity.get("definition") instanceof JsonObject definition)) {
            return activity;
        }
        JsonObjectBuilder reduced = JSON.createObjectBuilder(maps(definition, "name", "description"));
        for (String component : COMPONENTS) {
            if (definition.get(component) instanceof JsonArray components) {
                reduced.add(component, each(components, c -> maps(c, "description")));
            }
        }
        return JSON.createObjectBuilder(activity).add("definition", reduced).build();
    }

    private JsonObject maps(JsonObject object, String... names) {
        JsonObjectBuilder reduced = JSON.createObjectBuilder(object);
        for (String name : names) {
            if (object.get(name) instanceof JsonObject map) {
                reduced.add(name, one(map));
            }
        }
        return reduced.build();
    }

    private JsonArray each(JsonArray list, java.util.function.Function<JsonObject, JsonValue> change) {
        JsonArrayBuilder changed = JSON.createArrayBuilder();
        list.forEach(value -> changed.add(value instanceof JsonObject object ? change.apply(object) : value));
        return changed.build();
    }

    private JsonObject one(JsonObject map) {
        String language = choose(map.keySet());
        return language == null ? map : JSON.createObjectBuilder().add(language, map.get(language)).build();
    }

    /** The map's language the client prefers: its ranges in order, each matching a tag it prefixes or, shortened, equals. */
    String choose(Set<String> languages) {
        if (languages.isEmpty()) {
            return null;
        }
        List<String> tags = new ArrayList<>(new TreeSet<>(languages));
        for (Locale.LanguageRange range : accepted) {
            String found = range.getRange().equals("*") ? fallback(tags)
                    : match(Locale.filterTags(List.of(range), tags, Locale.FilteringMode.AUTOSELECT_FILTERING), tags);
            if (found == null) {
                found = match(Locale.lookupTag(List.of(range), tags), tags);
            }
            if (found != null) {
                return found;
            }
        }
        return fallback(tags);
    }

    private static String fallback(List<String> tags) {
        for (String preferred : FALLBACK) {
            String found = match(preferred, tags);
            if (found != null) {
                return found;
            }
        }
        return tags.get(0);
    }

    private static String match(List<String> found, List<String> tags) {
        return found.isEmpty() ? null : match(found.get(0), tags);
    }

    /** The map's own spelling of a tag (the matching methods may change its case). */
    private static String match(String tag, List<String> tags) {
        return tag == null ? null : tags.stream().filter(t -> t.equalsIgnoreCase(tag)).findFirst().orElse(null);
    }
}
