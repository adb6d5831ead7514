package org.capacityacademy.authoring.lessons.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
import org.capacityacademy.authoring.drafts.boundary.EditConflict;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.authoring.drafts.boundary.Translation;
import org.capacityacademy.authoring.lessons.boundary.DraftLessons.LessonDraft;
import org.capacityacademy.authoring.lessons.control.Citations;
import org.capacityacademy.authoring.lessons.control.LessonSource;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.ContentProblem;
import org.capacityacademy.courseformat.html.AuthoredHtml;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code author/lesson.xhtml}: one lesson of a course's draft, in each of the course's
 * languages, with a preview rendered by the server as learners will get it. View-scoped: what the
 * instructor typed stays on the page through previews, insertions and a refused or conflicting
 * save; the version it was read at goes with the save.
 */
@Named
@ViewScoped
public class EditLesson implements Serializable {

    @Inject
    DraftLessons lessons;

    @Inject
    Language language;

    @Inject
    CurrentUser currentUser;

    private String course;
    private String path;
    private LessonDraft draft;
    private LessonSource lesson;
    private long version;
    /** Why the file cannot be edited here, as text: a view-scoped bean must serialise (sessions are replicated in a cluster). */
    private List<String> problems = List.of();
    private boolean conflict;
    private String minutes;
    private String covers;
    private final Map<String, String> objectives = new LinkedHashMap<>();
    private final Map<String, String> cursor = new LinkedHashMap<>();
    private final Map<String, String> section = new LinkedHashMap<>();
    private Map<String, Translation> translations = Map.of();

    /** View action: the lesson, once per view; not an author is a 403, no such lesson a 404. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback() || draft != null) {
            return;
        }
        try {
            draft = lessons.open(currentUser.getEmail(), course, path).orElse(null);
            if (draft == null) {
                sendError(404);
                return;
            }
            take(draft);
            translations = lessons.translations(currentUser.getEmail(), course, path);
        } catch (NotAnAuthor e) {
            sendError(403);
        } catch (AuthoringException e) {
            FacesMessages.error(null, e.getMessageKey(), e.getArguments());
        } catch (ContentException e) {
            problems = e.getProblems().stream().map(ContentProblem::toString).toList();
        }
    }

    private void take(LessonDraft opened) {
        draft = opened;
        lesson = opened.lesson();
        version = opened.version();
        minutes = String.valueOf(lesson.getMinutes());
        covers = String.join(", ", lesson.getCovers());
        conflict = false;
        for (String tag : getLanguages()) {
            lesson.getTitle().putIfAbsent(tag, "");
            lesson.getMarkdown().putIfAbsent(tag, "");
            objectives.put(tag, String.join("\n", lesson.getObjectives().getOrDefault(tag, List.of())));
        }
    }

    /** The Markdown of one language as learners will see it: rendered and sanitised by the server. */
    public String preview(String tag) {
        return AuthoredHtml.fromMarkdown(lesson.getMarkdown().get(tag));
    }

    /** The form's values as the page shows them (a postback without script still previews). */
    public void refresh() {
        formIntoLesson();
    }

    /** Puts "(para. N)" in the lesson's language at the cursor (or at the end) and adds N to the sections covered. */
    public void insert(String tag) {
        String id = section.get(tag);
        if (id == null || !draft.report().contains(id)) {
            FacesMessages.error(null, "author.lesson.chooseSection");
            return;
        }
        formIntoLesson();
        lesson.getMarkdown().put(tag, Citations.insert(lesson.getMarkdown().get(tag), Citations.of(id, tag), cursor.get(tag)));
        if (!lesson.getCovers().contains(id)) {
            lesson.getCovers().add(id);
            covers = String.join(", ", lesson.getCovers());
        }
        FacesMessages.info(null, "author.lesson.inserted", Citations.of(id, tag));
    }

    public void addTerm() {
        formIntoLesson();
        lesson.getTerms().add(new LessonSource.Term());
    }

    public void removeTerm(int index) {
        formIntoLesson();
        if (index >= 0 && index < lesson.getTerms().size()) {
            lesson.getTerms().remove(index);
        }
    }

    public void save() {
        if (!formIntoLesson()) {
            return;
        }
        try {
            lessons.save(currentUser.getEmail(), course, path, lesson, version);
            version = lessons.open(currentUser.getEmail(), course, path).map(LessonDraft::version).orElse(version);
            translations = lessons.translations(currentUser.getEmail(), course, path);
            conflict = false;
            FacesMessages.info(null, "author.lesson.saved");
        } catch (AuthoringException e) {
            FacesMessages.error(null, e.getMessageKey(), e.getArguments());
        } catch (EditConflict e) {
            conflict = true;
            FacesMessages.error(null, "author.lesson.conflict");
        } catch (ContentException e) {
            conflict = true;   // it read well when opened here: someone else changed it since
            FacesMessages.error(null, "author.lesson.conflict");
        }
    }

    /** After a conflict: the lesson as it is now saved, in a fresh view; what was typed here given up. */
    public String reload() {
        FacesMessages.info(null, "author.lesson.reloaded");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/author/lesson.xhtml?faces-redirect=true&course=" + course + "&path=" + path;
    }

    /** The fields kept as text (minutes, sections, objectives one per line) into the lesson; false with a message when minutes are not a number. */
    private boolean formIntoLesson() {
        lesson.getCovers().clear();
        Arrays.stream(covers == null ? new String[0] : covers.split("[,\\s]+")).map(String::strip)
                .filter(id -> !id.isEmpty()).distinct().forEach(lesson.getCovers()::add);
        objectives.forEach((tag, text) -> lesson.getObjectives().put(tag, new ArrayList<>(text == null ? List.of()
                : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList())));
        try {
            lesson.setMinutes(Integer.parseInt(minutes == null ? "" : minutes.strip()));
            return true;
        } catch (NumberFormatException e) {
            FacesMessages.error(null, "author.lesson.minutesRange", DraftLessons.MIN_MINUTES, DraftLessons.MAX_MINUTES);
            return false;
        }
    }

    private static void sendError(int status) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(status, null);
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** The status of a language's text as last saved: complete, missing or outdated by a change to the source language. */
    public Translation translation(String tag) {
        return translations.get(tag);
    }

    public String languageName(String tag) {
        return DraftLessons.nameOf(tag);
    }

    public List<String> getLanguages() {
        return draft == null ? List.of() : draft.course().languages();
    }

    public List<String> getSections() {
        return draft == null ? List.of() : draft.report().ids();
    }

    /** A section for the picker: "Paragraph 26: first words…" in the page's language when the course has it. */
    public String sectionLabel(String id) {
        String text = draft.report().text(id, draft.course().shown(language.getTag())).replace('\n', ' ');
        return Citations.label(id, language.getLocale()) + ": " + (text.length() > 70 ? text.substring(0, 70) + "…" : text);
    }

    public String getTitle() {
        return lesson == null ? "" : lesson.getTitle().getOrDefault(draft.course().shown(language.getTag()), lesson.getId());
    }

    public boolean isReady() { return lesson != null; }
    public LessonSource getLesson() { return lesson; }
    public List<String> getProblems() { return problems; }
    public boolean isConflict() { return conflict; }
    public int getMarkdownLimit() { return DraftLessons.MARKDOWN_BYTES; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public String getCovers() { return covers; }
    public void setCovers(String covers) { this.covers = covers; }
    public Map<String, String> getObjectives() { return objectives; }
    public Map<String, String> getCursor() { return cursor; }
    public Map<String, String> getSection() { return section; }
}
