package org.capacityacademy.authoring.banks.boundary;

import org.capacityacademy.authoring.banks.boundary.BankDrafts.GiftUpload;
import org.capacityacademy.courseformat.gift.GiftImport.Note;
import org.capacityacademy.courseformat.gift.GiftImport.Outcome;
import org.capacityacademy.courseformat.gift.GiftKind;
import org.capacityacademy.platform.control.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of a GIFT import's report as the page shows it: where the question starts in the
 * file, its id and type, and why it was skipped or what the author should check, in the
 * page's language.
 */
public record ImportLine(int line, String id, String type, boolean imported, List<String> notes) implements Serializable {

    /** The message key prefix of skip reasons and notes, e.g. {@code author.import.reason.duplicate}. */
    public static final String REASON = "author.import.reason.";

    public static List<ImportLine> of(GiftUpload upload, Locale locale) {
        List<ImportLine> lines = new ArrayList<>();
        for (Outcome outcome : upload.outcomes()) {
            List<String> notes = new ArrayList<>();
            String type = kindName(outcome.kind());
            if (outcome.imported()) {
                outcome.notes().forEach(note -> notes.add(text(note, locale)));
                if (!upload.translationsKept().contains(outcome.id()) || !outcome.updates()) {
                    for (String language : upload.copiedInto()) {
                        notes.add(Messages.text(locale, "author.import.translate",
                                Locale.forLanguageTag(language).getDisplayLanguage(locale)));
                    }
                }
            } else {
                // the kind found is named in the reason: "Essay: this type of question is not supported"
                notes.add(Messages.text(locale, "author.import.skippedAs", Messages.text(locale, "author.question.type." + type),
                        text(outcome.skipped(), locale)));
            }
            lines.add(new ImportLine(outcome.line(), outcome.id(), type, outcome.imported(), notes));
        }
        return lines;
    }

    /** The kind of question as the pages name types: single-choice, …, and essay, numerical, description, unknown. */
    static String kindName(GiftKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(Note note, Locale locale) {
        return Messages.text(locale, REASON + note.reason(), note.values().toArray());
    }
}
