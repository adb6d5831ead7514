package org.capacityacademy.authoring.drafts.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.authoring.drafts.boundary.Translation;
import org.capacityacademy.authoring.drafts.entity.TranslationBasis;
import org.capacityacademy.courseformat.CourseYamlFile;
import org.capacityacademy.courseformat.Translations;
import org.capacityacademy.courseformat.Translations.Basis;
import org.capacityacademy.courseformat.Translations.Unit;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Keeps, per lesson and question of a course and per language, what its text was last saved
 * against, as drafts change ({@link Translations#recorded}), and tells the status of every
 * translation from it ({@link Translations#status}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TranslationRecords {

    @PersistenceContext
    EntityManager em;

    /** Records what a change of a draft's files (by path, before and after) did to the translations in the files edited. */
    public void changed(String course, Map<String, String> before, Map<String, String> after, Collection<String> edited, Instant now) {
        // a lesson edited, and every language's bank of a module whose bank was edited (a question spans them)
        Predicate<String> concerned = path -> Translations.translated(path) && (edited.contains(path)
                || path.endsWith(".gift") && edited.stream().anyMatch(e -> e.endsWith(".gift") && folder(e).equals(folder(path))));
        String yaml = after.getOrDefault(CourseYamlFile.FILE, before.get(CourseYamlFile.FILE));
        if (yaml == null || edited.stream().noneMatch(Translations::translated)) {
            return;
        }
        CourseYamlFile settings = CourseYamlFile.of(yaml);
        List<String> languages = settings.languages();
        String source = Translations.sourceLanguage(settings);
        if (!languages.contains(source)) {
            return;
        }
        Map<String, Unit> then = Translations.of(only(before, concerned), languages);
        Map<String, Unit> changed = Translations.of(only(after, concerned), languages);
        Map<String, Map<String, TranslationBasis>> stored = stored(course);
        changed.forEach((key, unit) -> {
            Map<String, TranslationBasis> rows = stored.getOrDefault(key, Map.of());
            Map<String, Basis> bases = new HashMap<>();
            rows.forEach((language, row) -> bases.put(language, row.basis()));
            Translations.recorded(then.get(key), unit, source, bases).forEach((language, basis) -> {
                TranslationBasis row = rows.get(language);
                if (row == null) {
                    em.persist(new TranslationBasis(course, key, language, basis, now));
                } else {
                    row.record(basis, now);
                }
            });
        });
    }

    /** Every translation of the lessons and questions in these files (a draft's or published course's), by the course's rule. */
    public List<Translation> of(String course, Map<String, String> files) {
        String yaml = files.get(CourseYamlFile.FILE);
        if (yaml == null) {
            return List.of();
        }
        CourseYamlFile settings = CourseYamlFile.of(yaml);
        List<String> languages = settings.languages();
        String source = Translations.sourceLanguage(settings);
        Map<String, Map<String, TranslationBasis>> stored = stored(course);
        return Translations.of(only(files, Translations::translated), languages).values().stream()
                .flatMap(unit -> languages.stream().map(language -> {
                    TranslationBasis row = stored.getOrDefault(unit.key(), Map.of()).get(language);
                    return new Translation(unit.kind(), unit.code(), unit.key(), language, source, unit.files().get(language),
                            unit.lines().getOrDefault(language, 0),
                            Translations.status(unit, language, source, row == null ? null : row.basis()));
                }))
                .toList();
    }

    private Map<String, Map<String, TranslationBasis>> stored(String course) {
        Map<String, Map<String, TranslationBasis>> stored = new HashMap<>();
        em.createNamedQuery(TranslationBasis.OF_COURSE, TranslationBasis.class).setParameter("course", course)
                .getResultList().forEach(row -> stored.computeIfAbsent(row.getUnitKey(), k -> new HashMap<>()).put(row.getLanguage(), row));
        return stored;
    }

    private static Map<String, String> only(Map<String, String> files, Predicate<String> wanted) {
        Map<String, String> kept = new LinkedHashMap<>();
        files.forEach((path, text) -> {
            if (wanted.test(path)) {
                kept.put(path, text);
            }
        });
        return kept;
    }

    private static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }
}
