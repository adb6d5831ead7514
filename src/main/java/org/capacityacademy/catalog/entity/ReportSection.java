package org.capacityacademy.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.HashMap;
import java.util.Map;

/**
 * One paragraph (or unnumbered part) of the document a course teaches, in each language:
 * the one source of every quotation of it.
 */
@Entity
@Cacheable
@Table(name = "report_section")
@NamedQuery(name = ReportSection.FIND_BY_COURSE, query = "SELECT s FROM ReportSection s WHERE s.courseId = :course ORDER BY s.position")
@NamedQuery(name = ReportSection.FIND_BY_CODES, query = "SELECT s FROM ReportSection s WHERE s.courseId = :course AND s.code IN :codes")
public class ReportSection {

    public static final String FIND_BY_COURSE = "ReportSection.findByCourse";
    public static final String FIND_BY_CODES = "ReportSection.findByCodes";

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @Column(name = "course_id")
    private long courseId;

    private String code;
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_section_text", joinColumns = @JoinColumn(name = "section_id"))
    @MapKeyColumn(name = "language")
    private Map<String, SectionText> texts = new HashMap<>();

    /** The section's text in one language, and whether that is an official text of the document. */
    @Embeddable
    public static class SectionText {
        private boolean official;
        private String body;

        protected SectionText() {
        }

        public SectionText(boolean official, String body) {
            this.official = official;
            this.body = body;
        }

        public boolean isOfficial() {
            return official;
        }

        public String getBody() {
            return body;
        }
    }

    protected ReportSection() {
    }

    public ReportSection(long courseId, String code) {
        this.courseId = courseId;
        this.code = code;
    }

    /** True when the text or place changed. */
    public boolean describe(int position, Map<String, SectionText> texts) {
        boolean changed = this.position != position || !sameTexts(texts);
        this.position = position;
        if (changed) {
            this.texts.clear();
            this.texts.putAll(texts);
        }
        return changed;
    }

    private boolean sameTexts(Map<String, SectionText> other) {
        return texts.size() == other.size() && other.entrySet().stream().allMatch(e -> texts.containsKey(e.getKey())
                && texts.get(e.getKey()).body.equals(e.getValue().body)
                && texts.get(e.getKey()).official == e.getValue().official);
    }

    public String getCode() {
        return code;
    }

    public SectionText textIn(String language) {
        return texts.get(language);
    }
}
