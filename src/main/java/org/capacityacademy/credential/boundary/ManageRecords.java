package org.capacityacademy.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.credential.boundary.RecordRegistry.Filter;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Backs {@code admin/records.xhtml}: the registry of completion records, filtered by the address's parameters. */
@Named
@RequestScoped
public class ManageRecords {

    static final int PAGE_SIZE = 25;

    @Inject
    RecordRegistry registry;

    private String name;
    private String code;
    private String course;
    private String country;
    private String from;
    private String to;
    private int page = 1;
    private List<CompletionRecord> rows;
    private long total = -1;
    private Filter filter;

    /** The filter of this request, read once: a bad date is reported once. */
    private Filter filter() {
        if (filter == null) {
            filter = new Filter(name, code, course, country, date(from, "records.badFrom"), date(to, "records.badTo"));
        }
        return filter;
    }


    private static LocalDate date(String value, String problem) {
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

    public List<CompletionRecord> getRows() {
        if (rows == null) {
            rows = registry.search(filter(), (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return rows;
    }

    public long getTotal() {
        if (total < 0) {
            total = registry.count(filter());
        }
        return total;
    }

    public long getPageCount() {
        return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String code(CompletionRecord record) {
        return VerificationCode.display(record.getCode());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(page, 1); }
}
