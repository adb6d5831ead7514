package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.gift.GiftParser;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GiftWriterTest {

    private static final Path COURSE = Path.of("courses/gge-2013");

    /** The questions without the line they were read from, which writing may change. */
    private static List<GiftQuestion> lineless(List<GiftQuestion> questions) {
        return questions.stream().map(q -> new GiftQuestion(q.id(), q.type(), q.text(), q.answers(), q.generalFeedback(),
                q.cites(), 0)).toList();
    }

    private static List<GiftQuestion> roundTrip(List<GiftQuestion> questions) throws ContentException {
        return GiftParser.parse("written.gift", GiftWriter.bank(List.of("written by the test"), questions));
    }

    @Test
    void everyShippedBankReadsBackAsTheSameQuestions() throws IOException, ContentException {
        List<Path> banks;
        try (Stream<Path> files = Files.walk(COURSE.resolve("modules"))) {
            banks = files.filter(p -> p.getFileName().toString().matches("quiz\\.[a-z]{2}\\.gift")).sorted().toList();
        }
        assertTrue(banks.size() >= 16, "the shipped banks: " + banks);
        for (Path bank : banks) {
            List<GiftQuestion> read = GiftParser.parse(bank.toString(), Files.readString(bank, StandardCharsets.UTF_8));
            assertFalse(read.isEmpty(), bank::toString);
            assertEquals(lineless(read), lineless(roundTrip(read)), bank::toString);
        }
    }

    @Test
    void specialCharactersLineBreaksAndBracketsSurvive() throws ContentException {
        String tricky = "Is {this} = that ~ or # not: a \\ backslash, C:\\new\nand a second line?";
        List<GiftQuestion> questions = List.of(
                new GiftQuestion("q-1", QuestionType.SINGLE_CHOICE, "[bracketed] " + tricky,
                        List.of(new GiftAnswer("=right {1}", null, 100, "because: #1", null),
                                new GiftAnswer("~wrong~", null, 0, "", null)),
                        "general ####feedback", List.of("19", "32(c)"), 0),
                new GiftQuestion("q-2", QuestionType.MULTIPLE_CHOICE, "Which? 50% of it",
                        List.of(new GiftAnswer("a", null, 33.5, null, null), new GiftAnswer("b", null, 66.5, "fb", null),
                                new GiftAnswer("c", null, -100, null, null), new GiftAnswer("d", null, 0, null, null)),
                        null, List.of("5"), 0),
                new GiftQuestion("q-3", QuestionType.TRUE_FALSE, "True: {x}",
                        List.of(new GiftAnswer("false", null, 100, "", "right: yes")), "", List.of("summary"), 0),
                new GiftQuestion("q-4", QuestionType.MATCHING, "Match ~ these",
                        List.of(new GiftAnswer("a=1", "one -> uno", 100, null, null),
                                new GiftAnswer("b#2", "two", 100, null, null),
                                new GiftAnswer("c:3", "three", 100, null, null)), "", List.of("26(a)"), 0),
                new GiftQuestion("q-5", QuestionType.SHORT_ANSWER, "联合国 وثيقة?",
                        List.of(new GiftAnswer("A/68/98", null, 100, "yes", null),
                                new GiftAnswer("a 68 98", null, 100, null, null)), "段落 (第19段)", List.of("letter"), 0));
        assertEquals(questions, lineless(roundTrip(questions)));
    }

    @Test
    void writesTheCitesLineAndTheTitleAsCourseFilesDo() {
        String gift = GiftWriter.question(new GiftQuestion("norms-1", QuestionType.TRUE_FALSE, "Statement.",
                List.of(new GiftAnswer("true", null, 100, "wrong", "right")), "general", List.of("19", "20"), 0));
        assertEquals("// cites: 19, 20\n::norms-1:: Statement. {\nTRUE#wrong#right\n####general\n}\n", gift);
    }
}
