package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.ContentProblem;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads question banks in Moodle's GIFT format: single and multiple choice, true/false,
 * matching and short answer, with per-answer and general feedback, {@code ::titles::} as
 * question ids, and a {@code // cites: 19, 32(c)} comment naming the report paragraphs a
 * question rests on. Every problem is reported with its line.
 */
public final class GiftParser {

    private static final Pattern CITES = Pattern.compile("^//\\s*cites\\s*:\\s*(.*)$");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final String SPECIAL = "~=#{}:";
    /** The format Moodle writes before a text: {@code [html]}, {@code [moodle]}, {@code [plain]} or {@code [markdown]}. */
    static final Pattern FORMAT = Pattern.compile("\\[(html|moodle|plain|markdown)\\]");

    private final String file;
    private final boolean clean;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final List<Chunk> chunks = new ArrayList<>();

    /**
     * A question with the lines of the file it takes: the comment lines right above it (such as
     * {@code // cites:}) and its own, {@code from} and {@code to} counted from 0, both included.
     */
    public record Chunk(GiftQuestion question, int from, int to) {
    }

    private GiftParser(String file, boolean clean) {
        this.file = file;
        this.clean = clean;
    }

    public static List<GiftQuestion> parse(String file, String content) throws ContentException {
        return chunks(file, content).stream().map(Chunk::question).toList();
    }

    /** The file's questions, each with the lines it takes. */
    public static List<Chunk> chunks(String file, String content) throws ContentException {
        return chunks(file, content, true);
    }

    /**
     * The file's questions with the lines each takes; with {@code clean} false, the HTML of a question
     * in HTML as the file has it, not yet cleaned (to tell whether cleaning changes it).
     */
    static List<Chunk> chunks(String file, String content, boolean clean) throws ContentException {
        GiftParser parser = new GiftParser(file, clean);
        parser.questions(content);
        if (!parser.problems.isEmpty()) {
            throw new ContentException(parser.problems);
        }
        return List.copyOf(parser.chunks);
    }

    private List<GiftQuestion> questions(String content) {
        List<GiftQuestion> questions = new ArrayList<>();
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        StringBuilder block = new StringBuilder();
        int blockLine = 0;
        int chunkStart = 0;
        int commentsFrom = -1;
        int lastLine = 0;
        int depth = 0;
        List<String> cites = List.of();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                if (block.isEmpty() && commentsFrom < 0) {
                    commentsFrom = i;
                }
                Matcher citing = CITES.matcher(trimmed);
                if (citing.matches()) {
                    cites = Arrays.stream(citing.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                }
                continue;
            }
            if (trimmed.startsWith("$CATEGORY:")) {
                commentsFrom = -1;
                continue;
            }
            boolean endOfFile = i == lines.length;
            if (endOfFile || (trimmed.isEmpty() && depth <= 0)) {
                if (!block.isEmpty()) {
                    GiftQuestion question = question(block.toString(), blockLine, cites);
                    if (question != null) {
                        questions.add(question);
                        chunks.add(new Chunk(question, chunkStart, lastLine));
                    }
                    block.setLength(0);
                    cites = List.of();
                }
                depth = 0;
                commentsFrom = -1;
                continue;
            }
            if (block.isEmpty()) {
                blockLine = i + 1;
                chunkStart = commentsFrom >= 0 ? commentsFrom : i;
            } else {
                block.append('\n');
            }
            block.append(line);
            depth += braceBalance(line);
            lastLine = i;
        }
        return questions;
    }

    /** How many more braces a line opens than it closes (escaped ones are text); counted line by line, so a long file stays quick. */
    private static int braceBalance(CharSequence line) {
        int balance = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                balance++;
            } else if (c == '}') {
                balance--;
            }
        }
        return balance;
    }

    private GiftQuestion question(String block, int firstLine, List<String> cites) {
        String rest = block.strip();
        String id = null;
        if (rest.startsWith("::")) {
            int end = unescapedIndexOf(rest, "::", 2);
            if (end < 0) {
                return problem(firstLine, "the title opened with :: is never closed with ::");
            }
            id = unescape(rest.substring(2, end)).strip();
            rest = rest.substring(end + 2).strip();
        }
        boolean html = false;
        Matcher marker = FORMAT.matcher(rest);
        if (marker.lookingAt()) {
            html = marker.group(1).equals("html");
            rest = rest.substring(marker.end()).strip();
        }
        int open = unescapedIndexOf(rest, "{", 0);
        if (open < 0 && unescapedIndexOf(rest, "}", 0) < 0) {
            return problem(firstLine, "a description (text with no answer block) is not a question: "
                    + "descriptions are not supported here");
        }
        if (open < 0) {
            return problem(firstLine, "no answers: a question needs an answer block in { }");
        }
        int close = unescapedIndexOf(rest, "}", open + 1);
        int nested = unescapedIndexOf(rest, "{", open + 1);
        if (close < 0) {
            return problem(lineOf(block, firstLine, "{"), "'{' is never closed with '}'");
        }
        if (nested >= 0 && nested < close) {
            return problem(lineOf(block, firstLine, "{"), "'{' inside an answer block: write \\{ for a brace in text");
        }
        String text = rest.substring(0, open).strip();
        String after = rest.substring(close + 1).strip();
        if (!after.isEmpty()) {
            text = text + " _____ " + after;
        }
        if (text.isEmpty()) {
            return problem(firstLine, "the question has no text");
        }
        if (id == null || id.isEmpty()) {
            return problem(firstLine, "the question has no ::id:: title");
        }
        int answerLine = firstLine + (int) block.substring(0, Math.max(0, block.indexOf('{'))).chars().filter(c -> c == '\n').count();
        GiftQuestion question = answers(id, unescape(text), rest.substring(open + 1, close), answerLine, cites);
        return question == null ? null : Formats.apply(question, html, clean);
    }

    private GiftQuestion answers(String id, String text, String spec, int line, List<String> cites) {
        String general = null;
        int generalAt = lastUnescapedIndexOf(spec, "####");
        if (generalAt >= 0) {
            general = unescape(spec.substring(generalAt + 4)).strip();
            spec = spec.substring(0, generalAt);
        }
        String body = spec.strip();
        if (body.isEmpty()) {
            return problem(line, "empty answers: an essay question ({}) is not supported here");
        }
        if (body.startsWith("#")) {
            return problem(line, "unknown question type: numeric questions ({#...}) are not supported here");
        }
        List<String> trueFalse = splitUnescaped(body, '#');
        String head = trueFalse.get(0).strip().toUpperCase(Locale.ROOT);
        if (List.of("T", "TRUE", "F", "FALSE").contains(head)) {
            if (trueFalse.size() > 3) {
                return problem(line, "a true/false answer takes at most two feedbacks: {TRUE#wrong#right}");
            }
            boolean value = head.startsWith("T");
            String wrong = trueFalse.size() > 1 ? unescape(trueFalse.get(1)).strip() : null;
            String right = trueFalse.size() > 2 ? unescape(trueFalse.get(2)).strip() : null;
            return new GiftQuestion(id, QuestionType.TRUE_FALSE, text,
                    List.of(new GiftAnswer(String.valueOf(value), null, 100, wrong, right)), general, cites, line);
        }
        List<String> tokens = tokens(body);
        if (tokens == null) {
            return problem(line, "unknown question type: answers must start with = or ~");
        }
        List<GiftAnswer> answers = new ArrayList<>();
        boolean anyWrong = false;
        boolean anyWeight = false;
        boolean anyMatch = false;
        int right = 0;
        for (String token : tokens) {
            boolean isRight = token.charAt(0) == '=';
            String content = token.substring(1).strip();
            Double weight = null;
            Matcher weighted = WEIGHT.matcher(content);
            if (weighted.find()) {
                weight = Double.parseDouble(weighted.group(1));
                content = content.substring(weighted.end()).strip();
                anyWeight = true;
            }
            List<String> parts = splitUnescaped(content, '#');
            String answer = parts.get(0);
            String feedback = parts.size() > 1 ? unescape(String.join("#", parts.subList(1, parts.size()))).strip() : null;
            if (unescape(answer).isBlank()) {
                return problem(line, "an answer is empty");
            }
            int arrow = answer.indexOf("->");
            String match = null;
            if (isRight && arrow >= 0) {
                match = unescape(answer.substring(arrow + 2)).strip();
                answer = answer.substring(0, arrow);
                anyMatch = true;
                if (match.isEmpty()) {
                    return problem(line, "a matching pair has nothing after ->");
                }
            }
            anyWrong |= !isRight;
            if (isRight) {
                right++;
            }
            answers.add(new GiftAnswer(unescape(answer).strip(), match,
                    weight != null ? weight : (isRight ? 100 : 0), feedback, null));
        }
        if (anyMatch) {
            if (anyWrong || answers.stream().anyMatch(a -> a.match() == null)) {
                return problem(line, "a matching question takes only pairs: =left -> right");
            }
            if (answers.size() < 3) {
                return problem(line, "a matching question needs at least 3 pairs");
            }
            return new GiftQuestion(id, QuestionType.MATCHING, text, answers, general, cites, line);
        }
        if (!anyWrong) {
            // only = answers, weighted or not (Moodle writes =%100%Geneva): accepted answers of a short answer
            if (answers.stream().noneMatch(a -> a.weight() >= 100)) {
                return problem(line, "a short answer needs an accepted answer worth 100%");
            }
            return new GiftQuestion(id, QuestionType.SHORT_ANSWER, text, answers, general, cites, line);
        }
        if (right == 0 && anyWeight) {
            // only ~ answers with weights: several may be chosen, the weights of the right ones make 100%
            double total = answers.stream().mapToDouble(GiftAnswer::weight).filter(w -> w > 0).sum();
            if (Math.abs(total - 100) > 0.5) {
                return problem(line, "the weights of the right answers add up to " + total + "%, not 100%");
            }
            return new GiftQuestion(id, QuestionType.MULTIPLE_CHOICE, text, answers, general, cites, line);
        }
        if (right != 1) {
            return problem(line, "a single-choice question needs exactly one right answer (=), found " + right);
        }
        if (answers.size() < 2) {
            return problem(line, "a choice question needs at least two answers");
        }
        if (answers.stream().anyMatch(a -> a.weight() > 100 || a.weight() < -100)) {
            return problem(line, "the weight of an answer is out of the range -100% to 100%");
        }
        // one = answer, the others wrong or worth part of the mark (~%50%): one answer is chosen
        return new GiftQuestion(id, QuestionType.SINGLE_CHOICE, text, answers, general, cites, line);
    }

    /** Splits an answer block into tokens each starting with = or ~; null if text comes first. */
    private static List<String> tokens(String body) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                token.append(c).append(body.charAt(++i));
                continue;
            }
            if ((c == '=' || c == '~') && !(c == '=' && i + 1 < body.length() && body.charAt(i + 1) == '>')) {
                if (!token.isEmpty()) {
                    tokens.add(token.toString());
                }
                token.setLength(0);
            } else if (token.isEmpty() && !Character.isWhitespace(c)) {
                return null;
            }
            if (!(token.isEmpty() && Character.isWhitespace(c))) {
                token.append(c);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens.isEmpty() ? null : tokens;
    }

    private static List<String> splitUnescaped(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static int lastUnescapedIndexOf(String text, String target) {
        int last = -1;
        for (int at = unescapedIndexOf(text, target, 0); at >= 0; at = unescapedIndexOf(text, target, at + 1)) {
            last = at;
        }
        return last;
    }

    private static int unescapedIndexOf(String text, String target, int from) {
        for (int i = from; i <= text.length() - target.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }

    static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (SPECIAL.indexOf(next) >= 0 || next == '\\') {
                    plain.append(next);
                    i++;
                    continue;
                }
                if (next == 'n') {
                    plain.append('\n');
                    i++;
                    continue;
                }
            }
            plain.append(c);
        }
        return plain.toString();
    }

    private static int lineOf(String block, int firstLine, String marker) {
        int at = block.indexOf(marker);
        return at < 0 ? firstLine : firstLine + (int) block.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    private GiftQuestion problem(int line, String message) {
        problems.add(new ContentProblem(file, line, message));
        return null;
    }
}
