package org.capacityacademy.reporting.boundary;

import org.capacityacademy.reporting.entity.ReportFilter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The reports page's address parameters as typed, and the query string that carries them to the exports. */
public abstract class ReportParameters {

    private String by;
    private String measure;
    private String course;
    private String from;
    private String to;
    private String country;
    private String group;
    private String organisationType;
    private String gender;

    /** {@code by=...&course=...} with the filled-in parameters only (the measure charted is not part of the table). */
    public String getQuery() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("by", by);
        values.put("course", course);
        values.put("from", from);
        values.put("to", to);
        values.put("country", country);
        values.put("group", group);
        values.put("organisationType", organisationType);
        values.put("gender", gender);
        return values.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public List<String> getGroups() {
        return ReportFilter.GROUPS;
    }

    public String getBy() { return by; }
    public void setBy(String by) { this.by = by; }
    public String getMeasure() { return measure; }
    public void setMeasure(String measure) { this.measure = measure; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public String getOrganisationType() { return organisationType; }
    public void setOrganisationType(String organisationType) { this.organisationType = organisationType; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
}
