package org.capacityacademy.credential.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.administration.entity.AuditEntry;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code admin/record.xhtml}: one completion record, its history, revoking and reissuing
 * it. View-scoped: the record's id must be known while the postback decides which forms are
 * shown, before a request-scoped bean would have received it.
 */
@Named
@ViewScoped
public class ManageRecord implements Serializable {

    @Inject
    Records records;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    private String id;
    private String reason;
    private transient Optional<CompletionRecord> record;

    public Optional<CompletionRecord> record() {
        if (record == null) {
            record = records.byPublicId(id);
        }
        return record;
    }

    public CompletionRecord getRecord() {
        return record().orElse(null);
    }

    public List<AuditEntry> getHistory() {
        return record().map(r -> audit.of(Records.AUDIT_SUBJECT, r.getPublicId())).orElse(List.of());
    }

    public String getCode() {
        return record().map(r -> VerificationCode.display(r.getCode())).orElse("");
    }

    public String revoke() {
        if (records.revoke(currentUser.getEmail(), id, reason.strip())) {
            FacesMessages.info(null, "record.revokedNow");
        } else {
            FacesMessages.error(null, "record.alreadyRevoked");
        }
        record = null;
        return null;
    }

    public String reissue() {
        CompletionRecord renewed = records.reissue(currentUser.getEmail(), id, reason.strip());
        return "/admin/record?faces-redirect=true&reissued=true&id=" + renewed.getPublicId();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
