package org.capacityacademy.account.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers everything the platform holds about one person, for them to download: fired to
 * every component, each adds the sections of its own data (only this person's).
 */
public final class PersonalDataRequested {

    private final long accountId;
    private final String email;
    private final Map<String, JsonValue> sections = new TreeMap<>();

    public PersonalDataRequested(long accountId, String email) {
        this.accountId = accountId;
        this.email = email;
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public void add(String section, JsonValue data) {
        sections.put(section, data);
    }

    /** The sections added so far, for the export that gathers them. */
    public Map<String, JsonValue> sections() {
        return Collections.unmodifiableMap(sections);
    }

    /** Rows of a query as JSON objects with the given member names (null columns left out). */
    public static JsonArray rows(List<?> rows, String... names) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object row : rows) {
            array.add(row(row instanceof Object[] columns ? columns : new Object[]{row}, names));
        }
        return array.build();
    }

    public static JsonObject row(Object[] columns, String... names) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < names.length && i < columns.length; i++) {
            JsonValue value = value(columns[i]);
            if (value != JsonValue.NULL) {
                object.add(names[i], value);
            }
        }
        return object.build();
    }

    /** A database value as JSON: times as ISO 8601 in UTC, whatever type the driver gives them in. */
    public static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return Json.createValue(decimal);
        }
        if (value instanceof Number number) {
            return Json.createValue(number.doubleValue());
        }
        if (value instanceof Timestamp timestamp) {
            return Json.createValue(timestamp.toInstant().toString());
        }
        if (value instanceof OffsetDateTime time) {
            return Json.createValue(time.toInstant().toString());
        }
        if (value instanceof Instant || value instanceof TemporalAccessor) {
            return Json.createValue(value.toString());
        }
        return Json.createValue(value.toString().strip());
    }
}
