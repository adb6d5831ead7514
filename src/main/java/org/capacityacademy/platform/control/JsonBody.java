package org.capacityacademy.platform.control;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request body read as one JSON object, strictly: UTF-8 (a leading byte order mark is
 * skipped, as RFC 8259 allows), well formed, an object and nothing after it. Anything else is
 * empty, for the endpoint to refuse with a clear reason rather than fail.
 */
public final class JsonBody {

    /** Looked up once: {@code Json.create…} looks the provider up through the class loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonBody() {
    }

    public static Optional<JsonObject> object(byte[] body) {
        if (body == null) {
            return Optional.empty();
        }
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, start, body.length - start)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return Optional.empty();
            }
            JsonObject object = parser.getObject();
            return parser.hasNext() ? Optional.empty() : Optional.of(object);
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }

    /** The string a member holds; empty when it is missing or not a string. */
    public static Optional<String> string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING
                ? Optional.of(object.getString(name)) : Optional.empty();
    }
}
