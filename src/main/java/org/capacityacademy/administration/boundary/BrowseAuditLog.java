package org.capacityacademy.administration.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.administration.boundary.AuditLog.Filter;
import org.capacityacademy.administration.entity.AuditEntry;
import org.capacityacademy.platform.boundary.SearchPage;

import java.time.LocalDate;
import java.util.List;

/** Backs {@code admin/audit-log.xhtml}: who did what and when, filtered by the address's parameters, newest first. */
@Named
@RequestScoped
public class BrowseAuditLog extends SearchPage<AuditEntry, Filter> {

    @Inject
    AuditLog audit;

    private String action;
    private String actor;
    private String subject;

    @Override
    protected Filter filter(LocalDate from, LocalDate to) {
        return new Filter(action, actor, subject, from, to);
    }

    @Override
    protected List<AuditEntry> search(Filter filter, int first, int max) {
        return audit.search(filter, first, max);
    }

    @Override
    protected long count(Filter filter) {
        return audit.count(filter);
    }

    @Override
    protected int pageSize() {
        return 50;
    }

    @Override
    protected String messagePrefix() {
        return "audit";
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
}
