package org.capacityacademy.assessment.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.capacityacademy.catalog.entity.ImportedPart;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A question of a module's bank. Per language its content (text, answers with their
 * weights and feedback, general feedback) is kept as JSON; the answer key never leaves
 * the server.
 */
@Entity
@Cacheable
@Table(name = "question")
@NamedQuery(name = Question.FIND_BY_COURSE, query = "SELECT q FROM Question q WHERE q.courseId = :course ORDER BY q.moduleId, q.position")
@NamedQuery(name = Question.FIND_IN_USE, query = "SELECT q FROM Question q WHERE q.moduleId IN :modules "
        + "AND q.retired = FALSE ORDER BY q.moduleId, q.position")
public class Question extends ImportedPart {

    public static final String FIND_BY_COURSE = "Question.findByCourse";
    public static final String FIND_IN_USE = "Question.findInUse";

    @Column(name = "module_id")
    private long moduleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type")
    private QuestionType type;

    private String cites;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_text", joinColumns = @JoinColumn(name = "question_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Content> texts = new HashMap<>();

    /** The question in one language, as JSON. */
    @Embeddable
    public static class Content {
        private String content;

        protected Content() {
        }

        public Content(String content) {
            this.content = content;
        }

        public String getContent() {
            return content;
        }
    }

    protected Question() {
    }

    public Question(long courseId, String code) {
        super(courseId, code);
    }

    /** Takes the files' content when it differs from what is stored; true when it did. */
    public boolean describe(long moduleId, int position, QuestionType type, List<String> cites,
                            Map<String, Content> texts, String hash, Instant now) {
        if (!takes(hash, position, this.moduleId != moduleId, now)) {
            return false;
        }
        this.moduleId = moduleId;
        this.type = type;
        this.cites = String.join(",", cites);
        this.texts.clear();
        this.texts.putAll(texts);
        return true;
    }

    public QuestionType getType() {
        return type;
    }

    public List<String> getCites() {
        return Arrays.asList(cites.split(","));
    }

    /** The languages the question exists in. */
    public java.util.Set<String> languages() {
        return texts.keySet();
    }

    /** A language the question exists in, for content asked in a language the course no longer offers. */
    public String anyLanguage() {
        return texts.keySet().iterator().next();
    }

    public Content textIn(String language) {
        return texts.get(language);
    }
}
