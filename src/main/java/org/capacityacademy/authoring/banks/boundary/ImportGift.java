package org.capacityacademy.authoring.banks.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.banks.boundary.BankDrafts.GiftUpload;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
import org.capacityacademy.authoring.drafts.boundary.EditConflict;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.courseformat.gift.GiftImport;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Backs the GIFT import of {@code author/bank.xhtml}: an uploaded file is checked question by
 * question and the report shown with nothing stored; the author then imports the questions
 * taken, or cancels. Imported questions are added to every language's bank.
 */
@Named
@ViewScoped
public class ImportGift implements Serializable {

    /** The largest file taken, in bytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    @Inject
    BankDrafts banks;

    @Inject
    EditBank bank;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private transient Part file;
    private String into;
    private String fileName;
    private String content;
    private GiftUpload upload;
    private boolean imported;
    /** What to do with questions the bank already has: update them (the default), add them as new, or skip them. */
    private GiftImport.Existing existing = GiftImport.Existing.UPDATE;

    public void check() {
        String text = read();
        if (text == null) {
            return;
        }
        try {
            upload = banks.check(currentUser.getEmail(), bank.getCourse(), bank.getModule(), into, text, existing);
            content = text;
            imported = false;
        } catch (NoSuchBank unknownLanguage) {
            FacesMessages.error("gift:into", "author.import.language");
        } catch (NotAnAuthor refused) {
            BankPages.refuse(refused);
        }
    }

    public void apply() {
        if (upload == null) {
            return;
        }
        try {
            upload = banks.importGift(currentUser.getEmail(), bank.getCourse(), bank.getModule(), upload.language(),
                    content, upload.versions(), upload.existing());
            imported = true;
            content = null;
            FacesMessages.info(null, "author.import.done", upload.imported());
            bank.reload();
        } catch (EditConflict conflict) {
            FacesMessages.error(null, "author.import.conflict");
            upload = null;
        } catch (AuthoringException refused) {
            FacesMessages.error(null, refused.getMessageKey(), refused.getArguments());
        } catch (NotAnAuthor | NoSuchBank refused) {
            BankPages.refuse(refused);
        }
    }

    public void cancel() {
        upload = null;
        content = null;
        FacesMessages.info(null, "author.import.cancelled");
    }

    /** The file's text, or null with a message saying what is wrong with it. */
    private String read() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("gift:file", "author.import.noFile");
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            FacesMessages.error("gift:file", "author.import.tooLarge", MAX_BYTES / 1024);
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
            if (text.length() > GiftImport.MAX_CHARACTERS) {
                FacesMessages.error("gift:file", "author.import.tooLarge", MAX_BYTES / 1024);
                return null;
            }
            fileName = file.getSubmittedFileName();
            return text;
        } catch (CharacterCodingException e) {
            FacesMessages.error("gift:file", "author.import.notText");
            return null;
        } catch (IOException e) {
            FacesMessages.error("gift:file", "author.import.noFile");
            return null;
        }
    }

    /** The report's lines in the page's language. */
    public List<ImportLine> getLines() {
        return upload == null ? List.of() : ImportLine.of(upload, language.getLocale());
    }

    public String getInto() {
        return into != null ? into : bank.getLanguages().contains(language.getTag()) ? language.getTag()
                : bank.getLanguages().isEmpty() ? null : bank.getLanguages().get(0);
    }

    public void setInto(String into) { this.into = into; }
    public GiftImport.Existing getExisting() { return existing; }
    public void setExisting(GiftImport.Existing existing) { this.existing = existing == null ? GiftImport.Existing.UPDATE : existing; }
    public GiftImport.Existing[] getExistingChoices() { return GiftImport.Existing.values(); }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getFileName() { return fileName; }
    public GiftUpload getUpload() { return upload; }
    public boolean isImported() { return imported; }
}
