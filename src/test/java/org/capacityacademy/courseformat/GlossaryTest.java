package org.capacityacademy.courseformat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlossaryTest {

    private static final String YAML = """
            terms:
              - id: ict
                term: {zh: 信通技术, en: ICT, fr: TIC, ru: ИКТ}
                explanation: {zh: 信息和通信技术。, en: Information and communications technologies., fr: Technologies de l’information.}
              - id: charter
                term: {zh: 《联合国宪章》, en: Charter of the United Nations, fr: Charte des Nations Unies, ru: Устав Организации Объединенных Наций}
                explanation: {en: The founding treaty.}
              - id: capacity-building
                term: {zh: 能力建设, en: capacity-building, fr: renforcement des capacités, ru: наращивание потенциала}
                explanation: {en: Helping States.}
              - id: cert
                term: {zh: 计算机应急小组, en: CERT, fr: équipe d’intervention en cas d’urgence informatique, ru: группа реагирования}
                explanation: {en: A team.}
              - id: no-rendering
                explanation: {en: left out}
            """;

    @Test
    void termsAreSortedAsTheLanguageSortsThemIgnoringOpeningQuotationMarks() {
        Glossary glossary = Glossary.read(YAML);
        assertEquals(4, glossary.terms().size(), "an entry without renderings is left out");
        assertEquals(List.of("capacity-building", "CERT", "Charter of the United Nations", "ICT"),
                glossary.sortedIn("en").stream().map(t -> t.renderings().get("en")).toList());
        assertEquals(List.of("Charte des Nations Unies", "équipe d’intervention en cas d’urgence informatique",
                        "renforcement des capacités", "TIC"),
                glossary.sortedIn("fr").stream().map(t -> t.renderings().get("fr")).toList(), "é files under e");
        assertEquals(List.of("группа реагирования", "ИКТ", "наращивание потенциала", "Устав Организации Объединенных Наций"),
                glossary.sortedIn("ru").stream().map(t -> t.renderings().get("ru")).toList());
        // pinyin: ji (计算机), lian (联合国), neng (能力), xin (信通)
        assertEquals(List.of("计算机应急小组", "《联合国宪章》", "能力建设", "信通技术"),
                glossary.sortedIn("zh").stream().map(t -> t.renderings().get("zh")).toList());
        assertTrue(glossary.sortedIn("ar").isEmpty(), "no term has an Arabic rendering");
    }

    @Test
    void aLessonsKeyTermIsFoundByItsRendering() {
        Glossary glossary = Glossary.read(YAML);
        assertEquals("charter", glossary.find("zh", "《联合国宪章》").orElseThrow().id());
        assertTrue(glossary.find("zh", "ICT").isEmpty());
    }

    @Test
    void noFileOrAnUnreadableOneIsAnEmptyGlossary() {
        assertTrue(Glossary.read(null).isEmpty());
        assertTrue(Glossary.read("terms: [unclosed").isEmpty());
        assertTrue(Glossary.read("- a list").isEmpty());
    }

    @Test
    void theShippedGlossaryIsReadWhole() throws IOException {
        Path file = Path.of(System.getenv().getOrDefault("COURSES_DIR", "courses"), "gge-2013", Glossary.PATH);
        Glossary glossary = Glossary.read(Files.readString(file));
        assertTrue(glossary.terms().size() >= 40, "terms: " + glossary.terms().size());
        assertTrue(glossary.terms().stream().allMatch(t -> t.renderings().containsKey("zh") && t.explanations().containsKey("en")));
    }
}
