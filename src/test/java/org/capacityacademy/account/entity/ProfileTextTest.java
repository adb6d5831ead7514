package org.capacityacademy.account.entity;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names and organisations are plain text, in any script, without what would change how they print. */
class ProfileTextTest {

    private static final Pattern PLAIN = Pattern.compile(Profile.PLAIN_TEXT);

    @Test
    void namesInEveryScriptArePlainText() {
        for (String name : new String[] {"Aminata Diallo", "Zoé O'Neil-Brun", "李小龙", "عبد الله بن محمد", "Иван Петров", "Robert'); DROP TABLE account;--"}) {
            assertTrue(PLAIN.matcher(name).matches(), name);
            assertFalse(Profile.hasDirectionControl(name), name);
        }
    }

    @Test
    void directionControlsAreRefused() {
        for (char control : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            String name = "Ali" + control + "ecnaR";
            assertTrue(Profile.hasDirectionControl(name), Integer.toHexString(control));
            assertFalse(PLAIN.matcher(name).matches(), Integer.toHexString(control));
        }
        assertFalse(Profile.hasDirectionControl("مرحبا\u200F world"), "a right-to-left mark changes no order of what follows: it stays");
    }
}
