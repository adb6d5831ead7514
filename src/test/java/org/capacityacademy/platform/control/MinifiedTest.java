package org.capacityacademy.platform.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinifiedTest {

    private static String script(String source) {
        return new String(Minified.script(source.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void aScriptLosesItsCommentLinesAndIndentationButKeepsItsCodeAndLineBreaks() {
        String source = """
                /*
                 * What it does.
                 */
                (function () {
                    'use strict';
                    // a note
                    var url = 'http://example.org/a'; // kept: code comes first on the line
                    /* a block */ var other = /^https?:\\/\\/[^/]+/;
                    return url;
                }());
                """;
        assertEquals("""
                (function () {
                'use strict';
                var url = 'http://example.org/a'; // kept: code comes first on the line
                var other = /^https?:\\/\\/[^/]+/;
                return url;
                }());
                """, script(source));
    }

    @Test
    void aStylesheetLosesItsComments() {
        String css = new String(Minified.stylesheet("""
                /* the page */
                body { margin: 0; } /* none */
                  .a { color: red; }
                """.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertEquals("body { margin: 0; }\n.a { color: red; }\n", css);
    }

    @Test
    void thePlatformsOwnScriptsStillParseAndShrink() throws IOException {
        for (String name : new String[]{"offline.js", "offline-courses.js", "quiz.js"}) {
            byte[] source = Files.readAllBytes(Path.of("src/main/webapp/resources/js", name));
            byte[] sent = Minified.script(source);
            assertTrue(sent.length < source.length * 0.8, name + " shrinks");
            assertTrue(new String(sent, StandardCharsets.UTF_8).contains("'use strict'"), name);
        }
    }
}
