package org.capacityacademy.courseformat.gift;

import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.gift.GiftParser.Chunk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One question bank file in one language ({@code quiz.<lang>.gift}), kept as its text: its
 * questions are read by {@link GiftParser}, and a bank written back keeps the text of every
 * question that did not change (and the file's opening comment), so that an unchanged bank is
 * written byte for byte and a changed one differs only in the questions that changed.
 */
public record GiftFile(String path, String text) implements Serializable {

    public GiftFile {
        text = text == null ? "" : text;
    }

    /** The bank file of a module (e.g. {@code modules/05-norms/}) in a language. */
    public static String path(String folder, String language) {
        return folder + "quiz." + language + ".gift";
    }

    /** The questions, in their order. */
    public List<GiftQuestion> questions() throws ContentException {
        return GiftParser.parse(path, text);
    }

    /**
     * The bank with the HTML its questions hold cleaned: a question in HTML by the one policy for
     * authored HTML, a plain question's texts of any tag that could run script. A clean question
     * keeps its text; a file that is not valid GIFT is cleaned as text.
     */
    public GiftFile cleaned() {
        List<Chunk> chunks;
        try {
            chunks = GiftParser.chunks(path, text, false);
        } catch (ContentException e) {
            return new GiftFile(path, org.capacityacademy.courseformat.html.AuthoredHtml.cleanText(text));
        }
        String[] lines = text.split("\n", -1);
        StringBuilder cleaned = new StringBuilder();
        int at = 0;
        boolean changed = false;
        for (Chunk chunk : chunks) {
            GiftQuestion raw = chunk.question();
            GiftQuestion clean = raw.html() ? Formats.sanitised(raw) : Formats.cleanedText(raw);
            cleaned.append(String.join("\n", java.util.Arrays.asList(lines).subList(at, chunk.from())));
            if (chunk.from() > at) {
                cleaned.append('\n');
            }
            if (clean.equals(raw)) {
                cleaned.append(String.join("\n", java.util.Arrays.asList(lines).subList(chunk.from(), chunk.to() + 1))).append('\n');
            } else {
                changed = true;
                cleaned.append(GiftWriter.question(clean));
            }
            at = chunk.to() + 1;
        }
        if (!changed) {
            return this;
        }
        cleaned.append(String.join("\n", java.util.Arrays.asList(lines).subList(Math.min(at, lines.length), lines.length)));
        return new GiftFile(path, cleaned.toString());
    }

    /** The {@code ::id::} titles of the questions, read even from a file that is not valid GIFT. */
    public java.util.Set<String> ids() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher title = TITLE.matcher(text);
        while (title.find()) {
            ids.add(title.group(1).replaceAll("\\\\(.)", "$1").strip());
        }
        return ids;
    }

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("(?m)^\\s*::((?:\\\\.|[^:\\\\]|:(?!:))*)::");

    /** The comment lines the file opens with (without {@code //}): what the bank is, kept when it is written again. */
    public List<String> header() {
        List<String> header = new ArrayList<>();
        for (String line : text.replace("\uFEFF", "").split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("//") || trimmed.matches("//\\s*cites\\s*:.*")) {
                if (trimmed.isEmpty() && header.isEmpty()) {
                    continue;
                }
                break;
            }
            header.add(trimmed.substring(2).strip());
        }
        return header;
    }

    /**
     * The bank with these questions (their {@code // cites:} taken from each question), after the
     * opening comment lines given. A question as the file already has it keeps its text.
     */
    public GiftFile with(List<String> header, List<GiftQuestion> questions) {
        List<Chunk> chunks;
        try {
            chunks = GiftParser.chunks(path, text);
        } catch (ContentException e) {
            chunks = List.of();
        }
        List<GiftQuestion> unchanged = chunks.stream().map(c -> c.question().withoutLine()).toList();
        if (header.equals(header()) && unchanged.equals(questions.stream().map(GiftQuestion::withoutLine).toList())) {
            return this;
        }
        String[] lines = text.split("\n", -1);
        Map<GiftQuestion, String> kept = new HashMap<>();
        for (Chunk chunk : chunks) {
            kept.putIfAbsent(chunk.question().withoutLine(),
                    String.join("\n", java.util.Arrays.asList(lines).subList(chunk.from(), chunk.to() + 1)) + "\n");
        }
        StringBuilder gift = new StringBuilder();
        if (header.equals(header()) && !chunks.isEmpty()) {
            String opening = String.join("\n", java.util.Arrays.asList(lines).subList(0, chunks.get(0).from())).stripTrailing();
            gift.append(opening.isEmpty() ? "" : opening + "\n");
        } else {
            gift.append(GiftWriter.bank(header, List.of()));
        }
        for (GiftQuestion question : questions) {
            if (!gift.isEmpty()) {
                gift.append('\n');
            }
            gift.append(kept.getOrDefault(question.withoutLine(), GiftWriter.question(question)));
        }
        return new GiftFile(path, gift.toString());
    }
}
