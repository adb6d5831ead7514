package org.capacityacademy.lti.control;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page a link points at, from its custom parameters or its target address; nothing else is taken. */
class LinkTargetTest {

    @Test
    void customParametersWinOverTheTargetAddress() {
        assertEquals(Optional.of(new LinkTarget("gge-2013", null, "norms-1")),
                LinkTarget.of(Map.of("lesson", "norms-1"), "https://a.example.org/lti/launch?course=gge-2013&lesson=other"));
        assertEquals(Optional.of(new LinkTarget("gge-2013", "norms", null)),
                LinkTarget.of(Map.of("course", "gge-2013", "module", "norms"), "https://a.example.org/lti/launch"));
    }

    @Test
    void aLinkWithoutACourseOrWithOddCodesNamesNothing() {
        assertEquals(Optional.empty(), LinkTarget.of(Map.of(), "https://a.example.org/lti/launch"));
        assertEquals(Optional.empty(), LinkTarget.of(Map.of("course", "../admin"), null));
        assertEquals(Optional.of(new LinkTarget("gge-2013", null, null)),
                LinkTarget.of(Map.of("course", "gge-2013", "lesson", "<script>"), "not a uri %%"));
        assertEquals("course=gge-2013&lesson=norms-1", new LinkTarget("gge-2013", null, "norms-1").query());
    }
}
