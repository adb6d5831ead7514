package org.capacityacademy.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.courseformat.Glossary;
import org.capacityacademy.catalog.entity.Course;
import org.capacityacademy.catalog.entity.CourseModule;
import org.capacityacademy.catalog.entity.CourseText;
import org.capacityacademy.catalog.entity.Lesson;
import org.capacityacademy.catalog.entity.LessonText;
import org.capacityacademy.catalog.entity.ModuleText;
import org.capacityacademy.catalog.entity.QuizRules;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.ContentHash;
import org.capacityacademy.courseformat.ContentProblem;
import org.capacityacademy.courseformat.CourseDefinition.LessonDefinition;
import org.capacityacademy.courseformat.CourseDefinition.ModuleDefinition;
import org.capacityacademy.courseformat.CourseDefinition.QuestionDefinition;
import org.capacityacademy.courseformat.CourseDefinition.QuizSettings;
import org.capacityacademy.courseformat.CourseDefinition.ReportSection;
import org.capacityacademy.courseformat.CourseDefinition;
import org.capacityacademy.courseformat.CourseFiles;
import org.capacityacademy.courseformat.CourseReader;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Imports one course folder, all or nothing: the files are read and checked whole first;
 * then, in one transaction, what changed is stored and nothing else. Ids of lessons and
 * questions stay as they are, so learners' progress on unchanged lessons is untouched; what
 * left the files is retired, not deleted. Importing the same files again changes nothing.
 */
@Stateless
public class CourseImport {

    private static final Logger LOG = Logger.getLogger(CourseImport.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    QuestionStore banks;

    Clock clock = Clock.systemUTC();

    @Inject
    Event<CourseFilesImported> filesImported;

    @Inject
    Event<CourseStored> stored;

    /**
     * Imports a course folder under {@code courses/}, unless the folder is as it was when last
     * imported: edits published since in the browser are then kept.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportReport importCourse(Path folder) {
        Instant started = clock.instant();
        String name = folder.getFileName().toString();
        CourseFiles files = CourseFiles.folder(folder);
        CourseDefinition definition;
        try {
            definition = CourseReader.read(files);
        } catch (ContentException e) {
            List<String> problems = e.getProblems().stream().map(ContentProblem::toString).toList();
            LOG.warning(() -> "Course " + name + " not imported:\n" + String.join("\n", problems));
            return ImportReport.failed(name, problems, Duration.between(started, clock.instant()));
        }
        String glossary = files.read(Glossary.PATH);
        String hash = hash(definition, glossary);
        Course stored = find(definition.code());
        if (stored != null && hash.equals(stored.getFilesHash())) {
            filesImported.fire(new CourseFilesImported(definition.code(), files.all(), false));
            return unchanged(definition, started);
        }
        ImportReport report = store(definition, glossary, started);
        find(definition.code()).importedFromFolder(hash);
        filesImported.fire(new CourseFilesImported(definition.code(), files.all(), true));
        LOG.info(() -> "Course " + definition.code() + (report.unchanged() ? " unchanged" : " imported") + ": "
                + report.modules() + " modules, " + report.lessons() + " lessons, " + report.questions()
                + " questions; changed " + report.lessonsChanged() + " lessons, " + report.questionsChanged()
                + " questions, " + report.sectionsChanged() + " report sections, retired " + report.retired()
                + " (" + report.took().toMillis() + " ms)");
        return report;
    }

    private Course find(String code) {
        return em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private ImportReport unchanged(CourseDefinition definition, Instant started) {
        return new ImportReport(definition.code(), true, definition.modules().size(), definition.lessonCount(),
                definition.questionCount(), 0, 0, 0, 0, List.of(), Duration.between(started, clock.instant()));
    }

    /**
     * What identifies a course's published content: its definition and its glossary, which the
     * catalogue reads from the course's files ({@link Glossary}); a glossary that changes alone
     * thus changes the course's row, and every instance then reads the course again.
     */
    static String hash(CourseDefinition definition, String glossary) {
        String definitionHash = ContentHash.of(definition);
        return glossary == null ? definitionHash : ContentHash.of(new WithGlossary(definitionHash, glossary));
    }

    private record WithGlossary(String definitionHash, String glossary) {
    }

    /** Stores a checked course without a glossary in the caller's transaction (see the method below). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ImportReport store(CourseDefinition definition, Instant started) {
        return store(definition, null, started);
    }

    /**
     * Stores a checked course in the caller's transaction: what changed, and nothing else.
     * Lessons and questions keep their ids while their codes stay; what left is retired. The
     * glossary's text (its file, kept with the course's other files by whoever calls) counts as
     * a change of the course.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ImportReport store(CourseDefinition definition, String glossary, Instant started) {
        String hash = hash(definition, glossary);
        Course course = find(definition.code());
        if (course != null && hash.equals(course.getContentHash())) {
            return unchanged(definition, started);
        }
        if (course == null) {
            course = new Course(definition.code());
            em.persist(course);
        }
        Map<String, CourseText> courseTexts = new LinkedHashMap<>();
        for (String language : definition.languages()) {
            courseTexts.put(language, new CourseText(definition.title().get(language), definition.summary().get(language),
                    definition.finalAssessment().title().get(language)));
        }
        course.describe(definition.version(), definition.defaultLanguage(), definition.languages(),
                definition.reportSymbol(), definition.officialLanguages(), definition.finalAssessment().code(),
                rules(definition.finalAssessment().quiz()), definition.selfEnrolment(), courseTexts, hash, started);
        course.completeWhen(definition.completion().lessons(), definition.completion().finalAssessment());
        em.flush();
        long courseId = course.getId();
        stored.fire(new CourseStored(courseId));

        int sectionsChanged = storeReport(courseId, definition);
        Map<String, CourseModule> modules = byCode(em.createNamedQuery(CourseModule.FIND_BY_COURSE, CourseModule.class)
                .setParameter("course", course).getResultList(), CourseModule::getCode);
        Map<String, Lesson> lessons = byCode(em.createNamedQuery(Lesson.FIND_BY_COURSE, Lesson.class)
                .setParameter("course", courseId).getResultList(), Lesson::getCode);
        Map<Long, List<QuestionDefinition>> questions = new LinkedHashMap<>();
        Set<String> keptModules = new HashSet<>();
        Set<String> keptLessons = new HashSet<>();
        int lessonsChanged = 0;
        int lessonPosition = 0;
        for (int m = 0; m < definition.modules().size(); m++) {
            ModuleDefinition moduleDefinition = definition.modules().get(m);
            CourseModule module = modules.get(moduleDefinition.code());
            if (module == null) {
                module = new CourseModule(course, moduleDefinition.code());
                em.persist(module);
            }
            Map<String, ModuleText> texts = new LinkedHashMap<>();
            for (String language : definition.languages()) {
                texts.put(language, new ModuleText(moduleDefinition.title().get(language),
                        moduleDefinition.summary().get(language), moduleDefinition.quizTitle().get(language)));
            }
            module.describe(m, rules(moduleDefinition.quiz()),
                    texts, ContentHash.of(moduleDefinition));
            em.flush();
            keptModules.add(module.getCode());
            for (LessonDefinition lessonDefinition : moduleDefinition.lessons()) {
                Lesson lesson = lessons.get(lessonDefinition.code());
                if (lesson == null) {
                    lesson = new Lesson(courseId, lessonDefinition.code());
                    em.persist(lesson);
                }
                if (lesson.describe(module, lessonPosition++, lessonDefinition.minutes(), lessonDefinition.optional(),
                        lessonDefinition.covers(),
                        lessonTexts(definition.languages(), lessonDefinition), ContentHash.of(lessonDefinition), started)) {
                    lessonsChanged++;
                }
                keptLessons.add(lessonDefinition.code());
            }
            questions.put(module.getId(), moduleDefinition.questions());
        }
        QuestionStore.Stored stored = banks.storeBanks(courseId, questions, started);
        int retired = retire(modules, keptModules, CourseModule::getCode, CourseModule::isRetired, CourseModule::retire)
                + retire(lessons, keptLessons, Lesson::getCode, Lesson::isRetired, Lesson::retire)
                + stored.retired();
        return new ImportReport(definition.code(), false, definition.modules().size(), definition.lessonCount(),
                definition.questionCount(), lessonsChanged, stored.changed(), sectionsChanged, retired, List.of(),
                Duration.between(started, clock.instant()));
    }

    private int storeReport(long courseId, CourseDefinition definition) {
        Map<String, org.capacityacademy.catalog.entity.ReportSection> stored = byCode(
                em.createNamedQuery(org.capacityacademy.catalog.entity.ReportSection.FIND_BY_COURSE,
                        org.capacityacademy.catalog.entity.ReportSection.class).setParameter("course", courseId).getResultList(),
                org.capacityacademy.catalog.entity.ReportSection::getCode);
        int changed = 0;
        for (int position = 0; position < definition.report().size(); position++) {
            ReportSection section = definition.report().get(position);
            var entity = stored.get(section.id());
            if (entity == null) {
                entity = new org.capacityacademy.catalog.entity.ReportSection(courseId, section.id());
                em.persist(entity);
            }
            Map<String, org.capacityacademy.catalog.entity.ReportSection.SectionText> texts = new LinkedHashMap<>();
            section.text().forEach((language, body) -> texts.put(language,
                    new org.capacityacademy.catalog.entity.ReportSection.SectionText(
                            definition.officialLanguages().contains(language), body)));
            if (entity.describe(position, texts)) {
                changed++;
            }
        }
        return changed;
    }

    private static Map<String, LessonText> lessonTexts(List<String> languages, LessonDefinition lesson) {
        Map<String, LessonText> texts = new LinkedHashMap<>();
        for (String language : languages) {
            List<Map<String, Object>> terms = lesson.terms().stream()
                    .map(t -> Map.<String, Object>of("term", t.term(), "explanation", t.explanation().get(language)))
                    .toList();
            texts.put(language, new LessonText(lesson.title().get(language),
                    JSON.toJson(lesson.objectives().get(language)), JSON.toJson(terms), lesson.bodyHtml().get(language)));
        }
        return texts;
    }

    private static <T> Map<String, T> byCode(List<T> entities, Function<T, String> code) {
        return new HashMap<>(entities.stream().collect(Collectors.toMap(code, Function.identity())));
    }

    private static <T> int retire(Map<String, T> stored, Set<String> kept, Function<T, String> code,
                                  java.util.function.Predicate<T> retired, java.util.function.Consumer<T> retire) {
        int count = 0;
        for (T entity : stored.values()) {
            if (!kept.contains(code.apply(entity)) && !retired.test(entity)) {
                retire.accept(entity);
                count++;
            }
        }
        return count;
    }

    private static QuizRules rules(QuizSettings settings) {
        return new QuizRules(settings.draw(), settings.passMark(), settings.attempts(), settings.timeLimit(),
                settings.shuffle(), settings.feedback());
    }
}
