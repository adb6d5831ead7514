package org.capacityacademy.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page rendered once, with holes where each response differs: the script nonce, and the parts
 * that name the person (their name, their account's number). It was rendered with a marker in
 * each hole; {@link #fill} puts this response's values in, the person's name escaped for HTML as
 * Facelets escapes text. Immutable, so one copy serves every request at once.
 */
public final class PageTemplate {

    /** What a hole holds. */
    public enum Hole {
        /** The response's script nonce: in the policy header and on every script and form. */
        NONCE,
        /** The person's name, as text of the page (escaped here). */
        NAME,
        /** The person's account number (digits only). */
        PERSON
    }

    private final List<String> texts;   // one more than holes: text, hole, text, hole, ..., text
    private final List<Hole> holes;
    private final int length;

    private PageTemplate(List<String> texts, List<Hole> holes) {
        this.texts = List.copyOf(texts);
        this.holes = List.copyOf(holes);
        this.length = texts.stream().mapToInt(String::length).sum();
    }

    /**
     * The template of a rendered page whose holes hold the given markers (each marker a string no
     * page text contains, e.g. the response's random nonce). Empty when a marker of
     * {@link Hole#NONCE} is blank: a page without a nonce is not one to copy.
     */
    public static Optional<PageTemplate> of(String page, Map<Hole, String> markers) {
        String nonce = markers.get(Hole.NONCE);
        if (nonce == null || nonce.isBlank()) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        int from = 0;
        while (true) {
            int next = -1;
            Hole found = null;
            for (Map.Entry<Hole, String> marker : markers.entrySet()) {
                if (marker.getValue() == null || marker.getValue().isEmpty()) {
                    continue;
                }
                int at = page.indexOf(marker.getValue(), from);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    found = marker.getKey();
                }
            }
            if (found == null) {
                texts.add(page.substring(from));
                return Optional.of(new PageTemplate(texts, holes));
            }
            texts.add(page.substring(from, next));
            holes.add(found);
            from = next + markers.get(found).length();
        }
    }

    /** Whether any hole is of this kind. */
    public boolean has(Hole hole) {
        return holes.contains(hole);
    }

    /** Whether the page's fixed text contains this (e.g. a person's address, which a copy must never hold). */
    public boolean contains(String text) {
        return text != null && !text.isEmpty() && texts.stream().anyMatch(part -> part.contains(text));
    }

    /** The page for one response: the nonce and the account number as they are, the name escaped. */
    public String fill(String nonce, String name, String person) {
        StringBuilder page = new StringBuilder(length + 256);
        for (int i = 0; i < holes.size(); i++) {
            page.append(texts.get(i));
            switch (holes.get(i)) {
                case NONCE -> page.append(nonce);
                case NAME -> escape(name, page);
                case PERSON -> page.append(person == null ? "" : person.replaceAll("[^0-9]", ""));
            }
        }
        return page.append(texts.get(texts.size() - 1)).toString();
    }

    /** HTML-escapes text for an element's content or a quoted attribute. */
    static void escape(String text, StringBuilder into) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> into.append("&amp;");
                case '<' -> into.append("&lt;");
                case '>' -> into.append("&gt;");
                case '"' -> into.append("&quot;");
                case '\'' -> into.append("&#39;");
                default -> into.append(c);
            }
        }
    }
}
