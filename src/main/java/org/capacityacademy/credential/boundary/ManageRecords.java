package org.capacityacademy.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.credential.boundary.RecordRegistry.Filter;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.platform.boundary.SearchPage;

import java.time.LocalDate;
import java.util.List;

/** Backs {@code admin/records.xhtml}: the registry of completion records, filtered by the address's parameters. */
@Named
@RequestScoped
public class ManageRecords extends SearchPage<CompletionRecord, Filter> {

    @Inject
    RecordRegistry registry;

    private String name;
    private String code;
    private String course;
    private String country;

    @Override
    protected Filter filter(LocalDate from, LocalDate to) {
        return new Filter(name, code, course, country, from, to);
    }

    @Override
    protected List<CompletionRecord> search(Filter filter, int first, int max) {
        return registry.search(filter, first, max);
    }

    @Override
    protected long count(Filter filter) {
        return registry.count(filter);
    }

    @Override
    protected int pageSize() {
        return 25;
    }

    @Override
    protected String messagePrefix() {
        return "records";
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
}
