package org.capacityacademy.administration.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.administration.boundary.AuditLog.Filter;
import org.capacityacademy.administration.entity.AuditEntry;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Backs {@code admin/audit-log.xhtml}: who did what and when, filtered by the address's parameters, newest first. */
@Named
@RequestScoped
public class BrowseAuditLog {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog audit;

    private String action;
    private String actor;
    private String subject;
    private String from;
    private String to;
    private int page = 1;
    private Filter filter;
    private List<AuditEntry> rows;
    private long total = -1;

    private Filter filter() {
        if (filter == null) {
            filter = new Filter(action, actor, subject, day(from, "records.badFrom"), day(to, "records.badTo"));
        }
        return filter;
    }

    private static LocalDate day(String value, String problem) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            FacesMessages.error(null, problem);
            return null;
        }
    }

    public List<AuditEntry> getRows() {
        if (rows == null) {
            rows = audit.search(filter(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return rows;
    }

    public long getTotal() {
        if (total < 0) {
            total = audit.count(filter());
        }
        return total;
    }

    public long getPageCount() {
        return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<String> getActions() {
        return AuditLog.ACTIONS;
    }

    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(page, 1); }
}
