package org.capacityacademy.assessment.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.assessment.control.StoredQuestion;
import org.capacityacademy.assessment.entity.Question;
import org.capacityacademy.catalog.boundary.QuestionStore;
import org.capacityacademy.courseformat.ContentHash;
import org.capacityacademy.courseformat.CourseDefinition.QuestionDefinition;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.platform.control.ReadOnly;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The stored question banks of a course, brought in line with its files by the course import. */
@Stateless
@LocalBean
@Local(QuestionStore.class)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class QuestionBanks implements QuestionStore {

    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * Questions' contents as read from their JSON, by that JSON: every attempt page, saved answer
     * and review reads the same few questions again, and parsing them was a part of each
     * request. Unmodifiable, since they are shared; forgotten all at once past a bound.
     */
    private static final Map<String, GiftQuestion> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARSED_KEPT = 20_000;

    @PersistenceContext
    EntityManager em;

    @Override
    public Stored storeBanks(long courseId, Map<Long, List<QuestionDefinition>> banks, Instant now) {
        Map<String, Question> existing = byCode(courseId);
        Set<String> kept = new java.util.HashSet<>();
        int changed = 0;
        for (Map.Entry<Long, List<QuestionDefinition>> bank : banks.entrySet()) {
            changed += store(courseId, bank.getKey(), bank.getValue(), existing, now);
            bank.getValue().forEach(question -> kept.add(question.code()));
        }
        return new Stored(changed, retireAllBut(existing, kept));
    }

    /**
     * Stores a module's questions; questions no longer in any bank are retired by
     * {@link #retireAllBut}. Returns how many questions were added or changed.
     * <p>
     * A question whose content changes while quiz attempts hold it is not changed in place: an
     * attempt keeps only the question's id and the order its options were shown in, so new
     * options would shift under its saved answers and its review. That question is superseded
     * (kept, retired, as it was) and a new one takes its code; unused questions keep their ids.
     */
    public int store(long courseId, long moduleId, List<QuestionDefinition> questions, Map<String, Question> existing,
                     Instant now) {
        Set<Long> asked = askedAmongChanged(courseId, questions, existing);
        int changed = 0;
        for (int position = 0; position < questions.size(); position++) {
            QuestionDefinition definition = questions.get(position);
            Question question = existing.get(definition.code());
            if (question != null && !question.holds(ContentHash.of(definition)) && sameContent(question, definition)) {
                question.adopt(ContentHash.of(definition));
            }
            if (question != null && asked.contains(question.getId())) {
                question.supersede();
                em.flush(); // the code is free before the new question takes it
                question = null;
            }
            if (question == null) {
                question = new Question(courseId, definition.code());
                em.persist(question);
                existing.put(definition.code(), question);
            }
            Map<String, Question.Content> texts = new LinkedHashMap<>();
            definition.text().forEach((language, gift) -> texts.put(language, new Question.Content(JSON.toJson(gift))));
            if (question.describe(moduleId, position, definition.type(), definition.cites(), texts,
                    ContentHash.of(definition), now)) {
                changed++;
            }
        }
        return changed;
    }

    /** The ids of those stored questions whose content the files change and which some attempt has drawn. */
    private Set<Long> askedAmongChanged(long courseId, List<QuestionDefinition> questions, Map<String, Question> existing) {
        List<Long> changed = questions.stream().map(definition -> {
            Question question = existing.get(definition.code());
            return question == null || question.holds(ContentHash.of(definition)) || sameContent(question, definition)
                    ? null : question.getId();
        }).filter(java.util.Objects::nonNull).toList();
        if (changed.isEmpty()) {
            return Set.of();
        }
        // through the course's attempts (indexed by course), not a scan of every attempt's questions
        return new java.util.HashSet<>(em.createQuery("SELECT DISTINCT q.questionId FROM AttemptQuestion q, Attempt a "
                        + "WHERE q.attemptId = a.id AND a.courseId = :course AND q.questionId IN :changed", Long.class)
                .setParameter("course", courseId).setParameter("changed", changed).getResultList());
    }

    /**
     * Whether a stored question says what the files now say, in every language: its hash may
     * differ only by how it was computed (older hashes counted the question's line in its file).
     */
    public static boolean sameContent(Question question, QuestionDefinition definition) {
        if (question.getType() != definition.type() || !question.getCites().equals(definition.cites())
                || question.languages().size() != definition.text().size()) {
            return false;
        }
        for (Map.Entry<String, GiftQuestion> text : definition.text().entrySet()) {
            Question.Content stored = question.textIn(text.getKey());
            if (stored == null || !content(stored.getContent()).withoutLine().equals(text.getValue().withoutLine())) {
                return false;
            }
        }
        return true;
    }

    /** A question's content as stored (JSON). */
    public static GiftQuestion content(String json) {
        GiftQuestion parsed = PARSED.get(json);
        if (parsed == null) {
            GiftQuestion read = StoredQuestion.read(json);
            parsed = new GiftQuestion(read.id(), read.type(), read.text(), unmodifiable(read.answers()),
                    read.generalFeedback(), unmodifiable(read.cites()), read.line(), read.format());
            if (PARSED.size() >= PARSED_KEPT) {
                PARSED.clear();
            }
            PARSED.put(json, parsed);
        }
        return parsed;
    }

    private static <T> List<T> unmodifiable(List<T> list) {
        return list == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    /** How many questions each module's bank holds now, by module id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Override
    public Map<Long, Long> countsByModule(long courseId) {
        return em.createQuery("SELECT q.moduleId, COUNT(q) FROM Question q WHERE q.courseId = :course "
                        + "AND q.retired = FALSE GROUP BY q.moduleId", Object[].class)
                .setParameter("course", courseId).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    public Map<String, Question> byCode(long courseId) {
        return new HashMap<>(em.createNamedQuery(Question.FIND_BY_COURSE, Question.class)
                .setParameter("course", courseId).getResultStream()
                .collect(Collectors.toMap(Question::getCode, Function.identity())));
    }

    public int retireAllBut(Map<String, Question> stored, Set<String> kept) {
        int retired = 0;
        for (Question question : stored.values()) {
            if (!kept.contains(question.getCode()) && !question.isRetired()) {
                question.retire();
                retired++;
            }
        }
        return retired;
    }

    /** The questions in use in the given modules' banks, module by module in bank order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Question> inUse(List<Long> moduleIds) {
        return em.createNamedQuery(Question.FIND_IN_USE, Question.class).setHint(ReadOnly.HINT, ReadOnly.TRUE)
                .setParameter("modules", moduleIds)
                .getResultList();
    }

    /**
     * What a quiz's questions weigh as a page shows them, in bytes of text (a question's text and its
     * options in the language, or its first language): for the size of a course kept offline.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long textBytes(List<Long> moduleIds, String language) {
        long bytes = 0;
        for (Question question : inUse(moduleIds)) {
            GiftQuestion content = content(question, question.textIn(language) != null ? language : question.anyLanguage());
            bytes += utf8(content.text()) + QUESTION_MARKUP;
            for (GiftQuestion.GiftAnswer answer : content.answers()) {
                bytes += utf8(answer.text()) + utf8(answer.match()) + OPTION_MARKUP;
            }
        }
        return bytes;
    }

    /** The markup around a question and around each option (fieldset, inputs, labels, the saving note), in bytes. */
    private static final int QUESTION_MARKUP = 420;
    private static final int OPTION_MARKUP = 190;

    private static long utf8(String text) {
        return text == null ? 0 : text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** The question in one language as its GIFT file stated it. */
    public static GiftQuestion content(Question question, String language) {
        return content(question.textIn(language).getContent());
    }
}
