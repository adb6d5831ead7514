package org.capacityacademy.courseformat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A course's glossary ({@code glossary.yaml}, see {@code courses/README.md}): each key term with
 * its rendering and a short explanation per language, as learners read it on the glossary page
 * and as lessons' key terms link to it. Read leniently: the glossary is reference text beside the
 * course, so an entry it cannot read is left out (and logged) rather than keeping the course off
 * the catalogue.
 */
public record Glossary(List<Term> terms) {

    /** Where the glossary is among a course's files. */
    public static final String PATH = GlossaryFile.FILE;
    public static final Glossary NONE = new Glossary(List.of());

    private static final Logger LOG = Logger.getLogger(Glossary.class.getName());

    public Glossary {
        terms = List.copyOf(terms);
    }

    /** One key term: its rendering and explanation by language. */
    public record Term(String id, Map<String, String> renderings, Map<String, String> explanations) {
        public Term {
            renderings = Map.copyOf(renderings);
            explanations = Map.copyOf(explanations);
        }
    }

    /** The glossary a file states ({@link GlossaryFile}); {@link #NONE} for no file, or one that is not a glossary. */
    public static Glossary read(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return NONE;
        }
        List<GlossaryFile.Term> entries;
        try {
            entries = GlossaryFile.of(yaml).terms();
        } catch (RuntimeException e) {
            LOG.warning(() -> PATH + " cannot be read and is left out: " + e.getMessage());
            return NONE;
        }
        List<Term> terms = new ArrayList<>();
        for (GlossaryFile.Term entry : entries) {
            Map<String, String> renderings = texts(entry.term());
            if (!entry.id().isBlank() && !renderings.isEmpty()) {
                terms.add(new Term(entry.id(), renderings, texts(entry.explanation())));
            }
        }
        return new Glossary(terms);
    }

    private static Map<String, String> texts(Map<String, String> byLanguage) {
        Map<String, String> texts = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                texts.put(language, text.strip());
            }
        });
        return texts;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The terms that have a rendering in {@code language}, in that language's alphabetical order. */
    public List<Term> sortedIn(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        return terms.stream().filter(t -> t.renderings().containsKey(language))
                .sorted(Comparator.comparing((Term t) -> sortKey(t.renderings().get(language)), collator))
                .toList();
    }

    /** The term rendered {@code rendering} in {@code language}, as a lesson's key term names it. */
    public Optional<Term> find(String language, String rendering) {
        return terms.stream().filter(t -> rendering != null && rendering.equals(t.renderings().get(language))).findFirst();
    }

    /** A term is filed under its first letter: opening quotation marks and brackets (《联合国宪章》, «…») do not count. */
    static String sortKey(String rendering) {
        int start = 0;
        while (start < rendering.length() && !Character.isLetterOrDigit(rendering.codePointAt(start))) {
            start += Character.charCount(rendering.codePointAt(start));
        }
        return rendering.substring(start);
    }
}
