package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.gift.GiftImport.Existing;
import org.capacityacademy.courseformat.gift.GiftImport.Outcome;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question bank as Moodle 4.5 exports it ({@code qformat_gift}: categories, {@code // question:}
 * comments, {@code [html]} texts with Moodle's escapes, short answers with grades, partial credit,
 * a description, an essay, a numerical question) read question by question, and written back so
 * that it reads again as the same questions.
 */
class MoodleGiftTest {

    static final Path EXPORT = Path.of("src/test/resources/gift/moodle-4.5-export.txt");

    private static Map<String, Outcome> read(Existing existing) throws IOException {
        List<Outcome> outcomes = GiftImport.read("quiz.en.gift", Files.readString(EXPORT), "norms",
                Set.of("norms-1", "norms-2", "norms-3", "threats-1"), Set.of("norms-1", "norms-2", "norms-3"),
                Set.of("16", "17", "26", "32"), 12, existing);
        return outcomes.stream().collect(Collectors.toMap(o -> o.id() == null ? "line " + o.line() : o.id(), o -> o,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void everyKindMoodleWritesIsTakenOrSkippedNamingItsKind() throws IOException {
        List<Outcome> outcomes = List.copyOf(read(Existing.UPDATE).values());
        assertEquals(List.of(GiftKind.SINGLE_CHOICE, GiftKind.TRUE_FALSE, GiftKind.SHORT_ANSWER, GiftKind.SHORT_ANSWER,
                        GiftKind.SINGLE_CHOICE, GiftKind.MULTIPLE_CHOICE, GiftKind.MATCHING, GiftKind.DESCRIPTION,
                        GiftKind.ESSAY, GiftKind.NUMERICAL, GiftKind.SINGLE_CHOICE),
                outcomes.stream().map(Outcome::kind).toList());
        assertEquals(List.of(true, true, true, true, true, true, true, false, false, false, true),
                outcomes.stream().map(Outcome::imported).toList());
        assertEquals(List.of("description", "unsupported", "unsupported"), outcomes.stream().filter(o -> !o.imported())
                .map(o -> o.skipped().reason()).toList());
        assertEquals(List.of(true, true, true), outcomes.subList(0, 3).stream().map(Outcome::updates).toList(),
                "the bank's own questions are updated");
    }

    @Test
    void shortAnswersKeepTheirGradesAndSingleChoicesTheirPartialCredit() throws IOException {
        Map<String, Outcome> read = read(Existing.UPDATE);
        GiftQuestion members = read.get("norms-3").question();
        assertEquals(QuestionType.SHORT_ANSWER, members.type(), "=%100%Member States is a short answer, not a choice");
        assertEquals(5, members.answers().size());
        assertTrue(members.answers().stream().allMatch(a -> a.weight() == 100 && (a.feedback() == null || a.feedback().isEmpty())));

        GiftQuestion city = read.values().stream().filter(o -> o.imported() && o.question().text().startsWith("In which city"))
                .findFirst().orElseThrow().question();
        assertEquals(QuestionType.SHORT_ANSWER, city.type());
        assertEquals(List.of(100.0, 100.0, 50.0, 0.0), city.answers().stream().map(GiftAnswer::weight).toList());
        assertEquals("Partly: the Group held one of its sessions in Geneva, the others in New York.", city.answers().get(2).feedback());

        GiftQuestion partial = question(read, "Which step is");
        assertEquals(QuestionType.SINGLE_CHOICE, partial.type(), "one = answer, one ~%50%: one answer is chosen");
        assertEquals(List.of(100.0, 50.0, 0.0), partial.answers().stream().map(GiftAnswer::weight).toList());
        assertEquals(List.of(50.0, 50.0, -100.0), question(read, "Which does paragraph 32(c)").answers().stream()
                .map(GiftAnswer::weight).toList());
    }

    @Test
    void htmlIsKeptCleanedAndPlainTextStaysPlain() throws IOException {
        Map<String, Outcome> read = read(Existing.UPDATE);
        GiftQuestion norms1 = read.get("norms-1").question();
        assertTrue(norms1.html());
        assertTrue(norms1.text().startsWith("<p>According to paragraph 16"), norms1.text());
        assertEquals("<p>Right. Paragraph 16 starts from existing international law.</p>", norms1.answers().get(0).feedback());
        assertFalse(read.get("norms-2").question().html(), "no [html]: plain text");

        GiftQuestion hostile = question(read, "Which body adopted");
        String all = (hostile.text() + hostile.answers()).toLowerCase(Locale.ROOT);
        for (String forbidden : List.of("onclick", "<script", "onerror", "javascript:", "<img", "alert(")) {
            assertFalse(all.contains(forbidden), () -> forbidden + " left in " + all);
        }
        assertEquals("<p>Which body adopted resolution 68/243?</p>", hostile.text());
    }

    @Test
    void theBankWrittenBackReadsAsTheSameQuestionsAndAgainAsAnUpdate() throws Exception {
        List<GiftQuestion> taken = read(Existing.UPDATE).values().stream().filter(Outcome::imported)
                .map(o -> o.question().withoutLine()).toList();
        String written = GiftWriter.bank(List.of("Written back"), taken);
        assertTrue(written.contains("::norms-1:: [html]<p>According to paragraph 16"), written);
        assertTrue(written.contains("=%50%Geneva#Partly\\: the Group"), written);
        assertTrue(written.contains("~%50%<p>A meeting of the Group"), written);
        assertEquals(taken, GiftParser.parse("quiz.en.gift", written).stream().map(GiftQuestion::withoutLine).toList());

        Set<String> ids = taken.stream().map(GiftQuestion::id).collect(Collectors.toSet());
        List<Outcome> again = GiftImport.read("quiz.en.gift", written, "norms", ids, ids, Set.of("16"), taken.size(), Existing.ADD_AS_NEW);
        assertTrue(again.stream().allMatch(o -> o.imported() && !o.updates() && !ids.contains(o.id())), "all new, with new ids");
        List<Outcome> skipped = GiftImport.read("quiz.en.gift", written, "norms", ids, ids, Set.of("16"), taken.size(), Existing.SKIP);
        assertTrue(skipped.stream().noneMatch(Outcome::imported), "all already in the bank");
    }

    private static GiftQuestion question(Map<String, Outcome> read, String start) {
        return read.values().stream().filter(o -> o.imported() && o.question().text().replaceFirst("^<p>", "").startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no question starting " + start)).question();
    }
}
