package org.capacityacademy.administration.boundary;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.capacityacademy.account.boundary.AccountException;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.account.boundary.PasswordResets;
import org.capacityacademy.administration.control.ImportColumn;
import org.capacityacademy.administration.control.ImportPreview;
import org.capacityacademy.administration.control.RowOutcome;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs {@code admin/import.xhtml}: upload a CSV file of people, page through the preview
 * (each row new, update or error with its reasons), apply it, read the report. The file's bytes
 * and the preview stay with the view until applied; the rows' outcomes are small, so 100,000
 * rows fit.
 */
@Named
@ViewScoped
public class ImportPeople implements Serializable {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int PAGE_SIZE = 50;
    private static final Logger LOG = Logger.getLogger(ImportPeople.class.getName());

    @Inject
    BulkImport bulkImport;

    @Inject
    PasswordResets passwordResets;

    @Inject
    CurrentUser currentUser;

    private transient Part file;
    private byte[] content;
    private String fileName;
    private ImportPreview preview;
    private ImportReport report;
    private int mailsNotSent;
    private int page = 1;
    private boolean errorsOnly;

    public String upload() {
        report = null;
        preview = null;
        content = null;
        if (file == null || file.getSize() == 0) {
            FacesMessages.error(null, "import.file.empty");
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            FacesMessages.error(null, "import.file.tooLarge", MAX_BYTES / (1024 * 1024));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            FacesMessages.error(null, "import.file.unreadable");
            return null;
        }
        fileName = file.getSubmittedFileName();
        preview = bulkImport.preview(content);
        page = 1;
        errorsOnly = false;
        return null;
    }

    public String apply() {
        if (preview == null || content == null) {
            return null;
        }
        try {
            report = bulkImport.apply(currentUser.getEmail(), fileName, content, preview);
        } catch (ImportChanged e) {
            preview = e.preview();
            page = 1;
            FacesMessages.error(null, "import.changed");
            return null;
        } catch (EJBException | AccountException | CohortException e) {
            // a database failure, or a person or cohort someone created at the same moment: all rolled back
            LOG.log(Level.WARNING, "An import failed and was rolled back", e);
            FacesMessages.error(null, "import.failed");
            return null;
        }
        content = null;
        preview = null;
        mailsNotSent = 0;
        for (String email : report.newPeople()) {
            try {
                if (!passwordResets.invite(email)) {
                    mailsNotSent++;
                }
            } catch (EJBException e) {
                LOG.log(Level.WARNING, "No invitation sent to " + email, e);
                mailsNotSent++;
            }
        }
        return null;
    }

    public String cancel() {
        content = null;
        preview = null;
        return null;
    }

    public List<RowOutcome> getRows() {
        return preview == null ? List.of() : preview.page((page - 1) * PAGE_SIZE, PAGE_SIZE, errorsOnly);
    }

    public int getPageCount() {
        int shown = preview == null ? 0 : errorsOnly ? preview.errorCount() : preview.rows().size();
        return Math.max(1, (shown + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String next() {
        page = Math.min(page + 1, getPageCount());
        return null;
    }

    public String previous() {
        page = Math.max(1, page - 1);
        return null;
    }

    public String showErrorsOnly() {
        errorsOnly = true;
        page = 1;
        return null;
    }

    public String showAll() {
        errorsOnly = false;
        page = 1;
        return null;
    }

    public String getColumns() {
        return String.join(", ", ImportColumn.headers());
    }

    public String getNewCohorts() {
        return preview == null ? "" : String.join(", ", preview.newCohorts());
    }

    public int getMaxRows() {
        return org.capacityacademy.administration.control.PeopleFile.MAX_ROWS;
    }

    public int getMaxMegabytes() {
        return MAX_BYTES / (1024 * 1024);
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getFileName() { return fileName; }
    public ImportPreview getPreview() { return preview; }
    public ImportReport getReport() { return report; }
    public int getMailsNotSent() { return mailsNotSent; }
    public int getPage() { return page; }
    public boolean isErrorsOnly() { return errorsOnly; }
}
