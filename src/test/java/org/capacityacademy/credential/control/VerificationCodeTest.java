package org.capacityacademy.credential.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationCodeTest {

    @Test
    void newCodesAreWellFormedAndDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = VerificationCode.generate();
            assertEquals(10, code.length());
            assertTrue(VerificationCode.isWellFormed(code), code);
            assertTrue(seen.add(code), "codes repeat: " + code);
        }
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        for (int n = 0; n < 200; n++) {
            String code = VerificationCode.generate();
            for (int i = 0; i < code.length(); i++) {
                for (char other : VerificationCode.ALPHABET.toCharArray()) {
                    if (other != code.charAt(i)) {
                        String typo = code.substring(0, i) + other + code.substring(i + 1);
                        assertFalse(VerificationCode.isWellFormed(typo), code + " → " + typo);
                    }
                }
            }
        }
    }

    @Test
    void mostSwapsOfNeighboursAreCaught() {
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 500; n++) {
            String code = VerificationCode.generate();
            for (int i = 0; i + 1 < code.length(); i++) {
                if (code.charAt(i) != code.charAt(i + 1)) {
                    String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                    swaps++;
                    caught += VerificationCode.isWellFormed(swapped) ? 0 : 1;
                }
            }
        }
        assertTrue(caught > swaps * 0.95, caught + " of " + swaps);
    }

    @Test
    void whatPeopleTypeIsNormalised() {
        String code = VerificationCode.generate();
        String shown = VerificationCode.display(code);
        assertEquals(11, shown.length());
        assertEquals(code, VerificationCode.normalise(shown).orElseThrow());
        assertEquals(code, VerificationCode.normalise(" " + shown.toLowerCase() + " ").orElseThrow());
        assertEquals(code, VerificationCode.normalise(shown.replace("-", " ")).orElseThrow());
        assertTrue(VerificationCode.normalise("0OIL1-UUUUU").isEmpty(), "characters outside the alphabet");
        assertTrue(VerificationCode.normalise("ABC").isEmpty());
        assertTrue(VerificationCode.normalise(null).isEmpty());
        assertTrue(VerificationCode.normalise("x".repeat(1000)).isEmpty());
    }
}
