package org.capacityacademy.platform.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A body is one JSON object in UTF-8, or it is nothing the endpoint reads. */
class JsonBodyTest {

    private static Optional<String> answer(byte[] body) {
        return JsonBody.object(body).flatMap(object -> JsonBody.string(object, "answer"));
    }

    private static Optional<String> answer(String body) {
        return answer(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anObjectWithAStringIsReadWithOrWithoutAByteOrderMark() {
        assertEquals(Optional.of("2"), answer("{\"answer\": \"2\"}"));
        assertEquals(Optional.of("Genève"), answer("\uFEFF{\"answer\":\"Genève\"}"));
    }

    @Test
    void everyOtherShapeIsNothing() {
        for (String body : new String[] {"", "{not json", "[\"2\"]", "\"2\"", "null", "{\"answer\": {\"x\": 1}}",
                "{\"answer\": 5}", "{\"answer\": null}", "{}", "{\"answer\": \"1\"} trailing", "{\"answer\": [\"1\"]}"}) {
            assertEquals(Optional.empty(), answer(body), body);
        }
        assertEquals(Optional.empty(), answer(new byte[] {'{', '"', 'a', 'n', 's', 'w', 'e', 'r', '"', ':', '"', (byte) 0xC3, '(', '"', '}'}),
                "not UTF-8");
        assertEquals(Optional.empty(), answer((byte[]) null));
    }
}
