package org.capacityacademy.platform.control;

import org.capacityacademy.platform.control.PageTemplate.Hole;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageTemplateTest {

    private static Map<Hole, String> markers(String nonce) {
        Map<Hole, String> markers = new EnumMap<>(Hole.class);
        markers.put(Hole.NONCE, nonce);
        markers.put(Hole.NAME, "\uE000name\uE001");
        markers.put(Hole.PERSON, "\uE000person\uE001");
        return markers;
    }

    @Test
    void fillsEveryHoleWithThisResponsesValues() {
        String page = "<script nonce=\"N0nce\">x</script><meta content=\"\uE000person\uE001\"/><b>\uE000name\uE001</b>"
                + "<input name=\"primefaces.nonce\" value=\"N0nce\"/>";
        PageTemplate template = PageTemplate.of(page, markers("N0nce")).orElseThrow();
        assertEquals("<script nonce=\"abc\">x</script><meta content=\"42\"/><b>Zoë O&#39;Brien &amp; &lt;Co&gt; &quot;A&quot;</b>"
                + "<input name=\"primefaces.nonce\" value=\"abc\"/>", template.fill("abc", "Zoë O'Brien & <Co> \"A\"", "42"));
        assertTrue(template.has(Hole.NAME) && template.has(Hole.PERSON) && template.has(Hole.NONCE));
    }

    @Test
    void aPersonsNumberIsDigitsOnlyAndAVisitorsPageHasNoHolesForThem() {
        PageTemplate template = PageTemplate.of("<p nonce=\"n1\">\uE000person\uE001</p>", markers("n1")).orElseThrow();
        assertEquals("<p nonce=\"n2\">12</p>", template.fill("n2", null, "1\"2"));
        PageTemplate visitors = PageTemplate.of("<p nonce=\"n1\">hello</p>", markers("n1")).orElseThrow();
        assertFalse(visitors.has(Hole.NAME));
        assertEquals("<p nonce=\"n3\">hello</p>", visitors.fill("n3", "ignored", "7"));
    }

    @Test
    void aPageWithoutANonceIsNotCopied() {
        assertTrue(PageTemplate.of("<p>no script</p>", markers(null)).isEmpty());
        assertTrue(PageTemplate.of("<p>no script</p>", markers(" ")).isEmpty());
    }

    @Test
    void tellsWhetherItsFixedTextContainsSomething() {
        PageTemplate template = PageTemplate.of("<p nonce=\"Qx7Zn0\">amina@example.org</p>", markers("Qx7Zn0")).orElseThrow();
        assertTrue(template.contains("amina@example.org"));
        assertFalse(template.contains("Qx7Zn0"), "the nonce is a hole, not text");
        assertFalse(template.contains(null));
        assertFalse(template.contains(""));
    }
}
