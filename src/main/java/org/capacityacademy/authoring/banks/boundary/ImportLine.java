package org.capacityacademy.authoring.banks.boundary;

import org.capacityacademy.authoring.banks.boundary.BankDrafts.GiftUpload;
import org.capacityacademy.courseformat.gift.GiftImport.Note;
import org.capacityacademy.courseformat.gift.GiftImport.Outcome;
import org.capacityacademy.authoring.banks.control.QuestionForm;
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

    static List<ImportLine> of(GiftUpload upload, Locale locale) {
        List<ImportLine> lines = new ArrayList<>();
        for (Outcome outcome : upload.outcomes()) {
            List<String> notes = new ArrayList<>();
            if (outcome.imported()) {
                outcome.notes().forEach(note -> notes.add(text(note, locale)));
                for (String language : upload.copiedInto()) {
                    notes.add(Messages.text(locale, "author.import.translate",
                            Locale.forLanguageTag(language).getDisplayLanguage(locale)));
                }
            } else {
                notes.add(text(outcome.skipped(), locale));
            }
            lines.add(new ImportLine(outcome.line(), outcome.id(),
                    outcome.imported() ? QuestionForm.typeName(outcome.question().type()) : null, outcome.imported(), notes));
        }
        return lines;
    }

    private static String text(Note note, Locale locale) {
        return Messages.text(locale, REASON + note.reason(), note.values().toArray());
    }
}
