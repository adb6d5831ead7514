package org.capacityacademy.platform.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WhereTest {

    @Test
    void likeCharactersInWhatPeopleTypeAreTakenOut() {
        assertEquals("%amina%", Where.likePattern("  Amina "));
        assertEquals("%50 off%", Where.likePattern("50% off"));
        assertEquals("%a_b%".replace("_", ""), Where.likePattern("a_b"));
        assertEquals("%c:temp%", Where.likePattern("C:\\temp\\"), "a backslash would be LIKE's escape");
        assertEquals("%%", Where.likePattern(null));
    }
}
