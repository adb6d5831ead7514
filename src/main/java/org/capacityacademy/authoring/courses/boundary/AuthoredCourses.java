package org.capacityacademy.authoring.courses.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.authoring.courses.control.CourseStarter;
import org.capacityacademy.authoring.courses.control.CourseYaml;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
import org.capacityacademy.authoring.drafts.boundary.Authorship;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.authoring.drafts.control.UnreadableFile;
import org.capacityacademy.authoring.drafts.entity.Stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The courses an instructor or administrator works on, and new courses: a new course
 * teaches the report of a published course, whose text and source it copies.
 */
@Stateless
public class AuthoredCourses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Authorship authorship;

    @Inject
    Drafts drafts;

    /** The courses the person may edit, with their state; titles from the draft when there is one. */
    public List<AuthoredCourse> editable(String email, String language) {
        List<String> codes = authorship.editableCourses(email);
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, String> published = new TreeMap<>();
        Map<String, String> draft = new TreeMap<>();
        em.createQuery("SELECT f.courseCode, f.stage, f.content FROM CourseFile f WHERE f.path = :path "
                        + "AND f.courseCode IN :codes", Object[].class)
                .setParameter("path", CourseYaml.FILE).setParameter("codes", codes).getResultList()
                .forEach(row -> (row[1] == Stage.PUBLISHED ? published : draft).put((String) row[0], (String) row[2]));
        Set<String> edited = edited(codes);
        List<AuthoredCourse> courses = new ArrayList<>();
        for (String code : codes) {
            String yaml = draft.getOrDefault(code, published.get(code));
            String[] title = title(yaml, language, code);
            boolean isPublished = published.containsKey(code);
            courses.add(new AuthoredCourse(code, title[0], title[1], isPublished, !isPublished || edited.contains(code)));
        }
        return courses;
    }

    /**
     * The courses whose draft was edited since it was opened as a copy of the published files:
     * a draft file written again (its version past the first), or a path in one stage and not the
     * other. Asked of the database in two queries, whatever the number of courses and files.
     */
    private Set<String> edited(List<String> codes) {
        Set<String> edited = new HashSet<>(em.createQuery("SELECT DISTINCT d.courseCode FROM CourseFile d "
                        + "WHERE d.stage = :draft AND d.courseCode IN :codes AND (d.version > 1 OR NOT EXISTS "
                        + "(SELECT p.id FROM CourseFile p WHERE p.courseCode = d.courseCode AND p.stage = :published "
                        + "AND p.path = d.path))", String.class)
                .setParameter("draft", Stage.DRAFT).setParameter("published", Stage.PUBLISHED)
                .setParameter("codes", codes).getResultList());
        edited.addAll(em.createQuery("SELECT DISTINCT p.courseCode FROM CourseFile p "
                        + "WHERE p.stage = :published AND p.courseCode IN :codes "
                        + "AND EXISTS (SELECT d.id FROM CourseFile d WHERE d.courseCode = p.courseCode AND d.stage = :draft) "
                        + "AND NOT EXISTS (SELECT e.id FROM CourseFile e WHERE e.courseCode = p.courseCode "
                        + "AND e.stage = :draft AND e.path = p.path)", String.class)
                .setParameter("draft", Stage.DRAFT).setParameter("published", Stage.PUBLISHED)
                .setParameter("codes", codes).getResultList());
        return edited;
    }

    /** The published courses whose report a new course may teach (any instructor may read a published report). */
    public List<ReportSource> reportSources(String email, String language) {
        if (!authorship.mayStart(email)) {
            throw new NotAnAuthor("new course");
        }
        Map<String, String> yamls = new TreeMap<>();
        em.createQuery("SELECT f.courseCode, f.content FROM CourseFile f WHERE f.path = :path AND f.stage = :stage",
                        Object[].class).setParameter("path", CourseYaml.FILE).setParameter("stage", Stage.PUBLISHED)
                .getResultList().forEach(row -> yamls.put((String) row[0], (String) row[1]));
        Map<String, List<String>> languages = new TreeMap<>();
        em.createQuery("SELECT f.courseCode, f.path FROM CourseFile f WHERE f.stage = :stage AND f.path LIKE 'report/%'",
                        Object[].class).setParameter("stage", Stage.PUBLISHED).getResultList().forEach(row -> {
                    String path = (String) row[1];
                    int slash = path.indexOf('/', 7);
                    List<String> of = languages.computeIfAbsent((String) row[0], k -> new ArrayList<>());
                    if (slash > 7 && !of.contains(path.substring(7, slash))) {
                        of.add(path.substring(7, slash));
                    }
                });
        List<ReportSource> sources = new ArrayList<>();
        yamls.forEach((code, yaml) -> {
            try {
                String symbol = CourseYaml.parse(yaml).getReportSymbol();
                if (languages.containsKey(code)) {
                    sources.add(new ReportSource(code, title(yaml, language, code)[0], symbol,
                            languages.get(code).stream().sorted().toList()));
                }
            } catch (UnreadableFile e) {
                // a course whose published course.yaml cannot be read offers no report to copy
            }
        });
        return sources;
    }

    /**
     * Starts a new course teaching the report of {@code reportCourse}: its first draft is
     * complete (one module, lesson and question per language) and the caller is its author.
     */
    public void create(String email, String code, List<String> languages, String defaultLanguage,
                       Map<String, String> title, String reportCourse) {
        if (!authorship.mayStart(email)) {
            throw new NotAnAuthor(code);
        }
        Map<String, String> source = new LinkedHashMap<>();
        em.createQuery("SELECT f.path, f.content FROM CourseFile f WHERE f.courseCode = :course AND f.stage = :stage "
                        + "AND (f.path = :yaml OR f.path LIKE 'report/%' OR f.path LIKE 'source/%')", Object[].class)
                .setParameter("course", reportCourse).setParameter("stage", Stage.PUBLISHED)
                .setParameter("yaml", CourseYaml.FILE).getResultList()
                .forEach(row -> source.put((String) row[0], (String) row[1]));
        if (!source.containsKey(CourseYaml.FILE)) {
            throw new AuthoringException("author.courses.noSuchReport");
        }
        drafts.start(email, code, CourseStarter.files(code, languages, defaultLanguage, title, source));
    }

    /** The title in the language asked for, else in the course's default language; and that language. */
    private static String[] title(String yaml, String language, String code) {
        try {
            CourseYaml course = CourseYaml.parse(yaml);
            String text = course.getTitle().get(language);
            if (text != null && !text.isBlank()) {
                return new String[] {text, language};
            }
            String fallback = course.getTitle().getOrDefault(course.getDefaultLanguage(), code);
            return new String[] {fallback, course.getDefaultLanguage()};
        } catch (UnreadableFile | RuntimeException e) {
            return new String[] {code, "en"};
        }
    }
}
