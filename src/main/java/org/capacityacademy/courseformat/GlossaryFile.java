package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.yaml.YamlDocument;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A course's {@code glossary.yaml}: its key terms, each with a stable id, one rendering per
 * language and one explanation per language, so that a term reads the same in every lesson.
 */
public record GlossaryFile(YamlDocument yaml) implements Serializable {

    public static final String FILE = "glossary.yaml";

    /** Every field the reader takes, as {@code courses/README.md} documents them. */
    public static final List<String> FIELDS = List.of("terms", "terms.id", "terms.term", "terms.explanation");

    /** One term of the glossary, read leniently. */
    public record Term(String id, Map<String, String> term, Map<String, String> explanation) implements Serializable {
    }

    public static GlossaryFile of(String text) {
        return new GlossaryFile(YamlDocument.of(text));
    }

    public String text() {
        return yaml.text();
    }

    public List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < yaml.size("terms"); i++) {
            terms.add(new Term(Lenient.string(yaml.get("terms", i, "id"), ""), Lenient.texts(yaml.get("terms", i, "term")),
                    Lenient.texts(yaml.get("terms", i, "explanation"))));
        }
        return terms;
    }
}
