package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.ContentProblem;
import org.capacityacademy.courseformat.gift.GiftParser;
import org.capacityacademy.courseformat.gift.GiftQuestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GIFT file an author uploads, question by question: each question is either taken
 * (with notes such as "its id was generated") or skipped with its line and the reason, and a
 * broken question never stops the others. What {@link GiftParser} refuses is refused here too,
 * so that what is imported always publishes as far as the bank is concerned.
 *
 * <p>A question without a {@code // cites:} line is taken and flagged rather than skipped: a
 * Moodle export never has one, the author adds citations in the question editor, and until
 * then the draft's check (and so publishing) names the question.
 */
public final class GiftImport {

    /** The largest file taken, in characters. */
    public static final int MAX_CHARACTERS = 1_000_000;

    /** Every reason and note the report may give, each a message key under {@code author.import.reason.}. */
    public static final List<String> REASONS = List.of("too-long", "braces", "invalid", "duplicate", "id-replaced",
            "id-generated", "no-cites", "unknown-cite", "unsupported", "no-right", "several-right", "weights", "matching",
            "no-text", "answers", "text-too-long", "too-many-answers", "answer-too-long", "feedback-too-long",
            "description", "updated", "added-as-new");

    /** What to do with a question whose id a question of the bank already has. */
    public enum Existing {
        /** Leave the bank's question as it is; the file's is skipped. */
        SKIP,
        /** The file's question takes the place of the bank's: a new revision of it once published. */
        UPDATE,
        /** The file's question is added as a new one, with a new id. */
        ADD_AS_NEW
    }

    private static final Pattern CITES = Pattern.compile("^//\\s*cites\\s*:\\s*(.*)$");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern CITED_SECTION = Pattern.compile("^([a-z]+|\\d+)(\\([a-z]\\))?$");

    /** Why a question was skipped or what to check in one taken: a message key's last part, and its values. */
    public record Note(String reason, List<String> values) implements java.io.Serializable {
        static Note of(String reason, Object... values) {
            return new Note(reason, Arrays.stream(values).map(String::valueOf).toList());
        }
    }

    /**
     * One question of the file.
     *
     * @param question the question as it will be stored; null when skipped
     * @param skipped  why it was skipped; null when taken
     * @param notes    for a question taken, what the author should check
     * @param kind     the kind of question the file has there, as Moodle tells them apart
     * @param updates  whether the question takes the place of the bank's question with its id
     */
    public record Outcome(int line, String id, GiftQuestion question, Note skipped, List<Note> notes, GiftKind kind,
                          boolean updates) implements java.io.Serializable {
        public boolean imported() {
            return question != null;
        }
    }

    /** A block of lines that holds one question, with the citations of the comment before it. */
    record Block(int line, String text, List<String> cites) {
    }

    private final String module;
    private final Set<String> taken;
    private final Set<String> inBank;
    private final Set<String> updated = new HashSet<>();
    private final Set<String> sections;
    private final Existing existing;
    private int next;

    /**
     * @param module   the module's code, for ids generated for questions without one
     * @param taken    the ids of the course's questions already, in every bank
     * @param sections the ids of the draft's report sections, for checking citations
     * @param bankSize how many questions the bank holds, from which generated numbers start
     */
    private GiftImport(String module, Set<String> taken, Set<String> inBank, Set<String> sections, int bankSize,
                       Existing existing) {
        this.module = module;
        this.taken = new HashSet<>(taken);
        this.inBank = inBank;
        this.sections = sections;
        this.next = bankSize + 1;
        this.existing = existing;
    }

    /** Every question of the file, in its order; a question with an id the course already has is skipped. */
    public static List<Outcome> read(String file, String content, String module, Set<String> taken,
                                     Set<String> sections, int bankSize) {
        return read(file, content, module, taken, Set.of(), sections, bankSize, Existing.SKIP);
    }

    /**
     * Every question of the file, in its order.
     *
     * @param inBank   the ids of the questions of the bank imported into (a part of {@code taken})
     * @param existing what to do with a question of the file whose id a question of that bank has
     */
    public static List<Outcome> read(String file, String content, String module, Set<String> taken, Set<String> inBank,
                                     Set<String> sections, int bankSize, Existing existing) {
        GiftImport reader = new GiftImport(module, taken, inBank, sections, bankSize, existing);
        List<Outcome> outcomes = new ArrayList<>();
        for (Block block : blocks(content)) {
            outcomes.add(reader.outcome(file, block));
        }
        return outcomes;
    }

    private Outcome outcome(String file, Block block) {
        String text = block.text().strip();
        String id = title(text);
        GiftKind kind = GiftKind.of(text);
        if (text.length() > QuestionLimits.BLOCK) {
            return skipped(block, id, Note.of("too-long", QuestionLimits.BLOCK), kind);
        }
        boolean titled = id != null;
        if (!titled && text.startsWith("::")) {
            return skipped(block, null, Note.of("braces", "::"), kind);
        }
        String parsed = titled ? text : "::" + module + "-0:: " + text;
        List<GiftQuestion> read;
        try {
            read = GiftParser.parse(file, parsed);
        } catch (ContentException e) {
            ContentProblem problem = e.getProblems().get(0);
            return new Outcome(block.line() + Math.max(0, problem.line() - 1), id, null, reason(problem.message()),
                    List.of(), kind, false);
        }
        if (read.size() != 1) {
            return skipped(block, id, Note.of("invalid", "one question expected"), kind);
        }
        GiftQuestion question = read.get(0);
        kind = GiftKind.of(question.type());
        List<Note> notes = new ArrayList<>();
        boolean updates = false;
        if (titled && !CODE.matcher(id).matches()) {
            String generated = generatedId();
            notes.add(Note.of("id-replaced", id, generated));
            id = generated;
        } else if (titled && !taken.add(id)) {
            if (existing == Existing.UPDATE && inBank.contains(id) && updated.add(id)) {
                updates = true;
                notes.add(Note.of("updated", id));
            } else if (existing == Existing.ADD_AS_NEW) {
                String generated = generatedId();
                notes.add(Note.of("added-as-new", id, generated));
                id = generated;
            } else {
                return skipped(block, id, Note.of("duplicate", id), kind);
            }
        } else if (!titled) {
            id = generatedId();
            notes.add(Note.of("id-generated", id));
        }
        Note tooLong = QuestionLimits.tooLong(question);
        if (tooLong != null) {
            if (!updates) {
                taken.remove(id);
            }
            return skipped(block, id, tooLong, kind);
        }
        if (block.cites().isEmpty() && !updates) {
            notes.add(Note.of("no-cites"));
        }
        for (String cited : block.cites()) {
            Matcher section = CITED_SECTION.matcher(cited);
            if (!section.matches() || !sections.contains(section.group(1))) {
                notes.add(Note.of("unknown-cite", cited));
            }
        }
        GiftQuestion stored = question.as(id, block.cites(), block.line());
        return new Outcome(block.line(), id, stored, null, List.copyOf(notes), kind, updates);
    }

    private static Outcome skipped(Block block, String id, Note reason, GiftKind kind) {
        return new Outcome(block.line(), id, null, reason, List.of(), kind, false);
    }

    private String generatedId() {
        String id;
        do {
            id = module + "-" + next++;
        } while (!taken.add(id));
        return id;
    }

    /** The {@code ::title::} a block opens with, unescaped; null when there is none or it is not closed. */
    private static String title(String text) {
        if (!text.startsWith("::")) {
            return null;
        }
        for (int i = 2; i < text.length() - 1; i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith("::", i)) {
                return text.substring(2, i).replaceAll("\\\\(.)", "$1").strip();
            }
        }
        return null;
    }

    /** The parser's problem as one of the reasons an author is told, in their language. */
    static Note reason(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("description")) {
            return Note.of("description");
        }
        if (m.contains("not supported") || m.contains("unknown question type")) {
            return Note.of("unsupported");
        }
        if (m.contains("never closed") || m.contains("inside an answer block") || m.contains("no answers")) {
            return Note.of("braces", m.contains("::") ? "::" : "{ }");
        }
        if (m.contains("weight")) {
            return Note.of("weights");
        }
        if (m.contains("worth 100%")) {
            return Note.of("no-right");
        }
        if (m.contains("right answer")) {
            return Note.of(m.contains("found 0") ? "no-right" : "several-right");
        }
        if (m.contains("matching")) {
            return Note.of("matching");
        }
        if (m.contains("no text")) {
            return Note.of("no-text");
        }
        if (m.contains("answer is empty") || m.contains("at least two answers")) {
            return Note.of("answers");
        }
        return Note.of("invalid", message);
    }

    /**
     * The file cut into questions as {@link GiftParser} cuts it (blank lines between questions,
     * comment lines skipped), except that a brace never closed ends its question at the next
     * blank line instead of swallowing the rest of the file.
     */
    static List<Block> blocks(String content) {
        String[] lines = content.replace("\r\n", "\n").replace("\uFEFF", "").split("\n", -1);
        int[] depthAfter = new int[lines.length + 1];
        for (int i = 0; i < lines.length; i++) {
            depthAfter[i + 1] = depthAfter[i] + (isComment(lines[i]) ? 0 : braceBalance(lines[i]));
        }
        int[] lowestFrom = new int[lines.length + 2];
        lowestFrom[lines.length + 1] = Integer.MAX_VALUE;
        for (int i = lines.length; i >= 0; i--) {
            lowestFrom[i] = Math.min(depthAfter[i], lowestFrom[i + 1]);
        }
        List<Block> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        int start = 0;
        List<String> cites = List.of();
        for (int i = 0; i <= lines.length; i++) {
            String trimmed = i < lines.length ? lines[i].strip() : "";
            if (i < lines.length && isComment(lines[i])) {
                Matcher citing = CITES.matcher(trimmed);
                if (citing.matches()) {
                    cites = Arrays.stream(citing.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                }
                continue;
            }
            if (trimmed.startsWith("$CATEGORY:")) {
                continue;
            }
            boolean open = !block.isEmpty() && depthAfter[i] > depthAfter[start] && lowestFrom[i + 1] <= depthAfter[start];
            if (i == lines.length || (trimmed.isEmpty() && !open)) {
                if (!block.isEmpty()) {
                    blocks.add(new Block(start + 1, block.toString(), cites));
                    block.setLength(0);
                    cites = List.of();
                }
                continue;
            }
            if (block.isEmpty()) {
                start = i;
            } else {
                block.append('\n');
            }
            block.append(lines[i]);
        }
        return blocks;
    }

    private static boolean isComment(String line) {
        return line.strip().startsWith("//");
    }

    private static int braceBalance(String line) {
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
}
