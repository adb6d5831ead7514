/**
 * The files of each course as published and as drafted, in the database: opening a draft as a
 * copy of the published files, changing it file by file with the version each change read (so
 * that two authors never overwrite each other), publishing it (checked whole as an import reads a
 * folder, stored the same way, written to the audit log) or discarding it; who may edit which
 * course (administrators every course, instructors those they author), and what the editor's
 * pages share: opening a draft for the person signed in and telling them why a change was refused;
 * and what each translation of a lesson or question was last saved against, so that authors see
 * which are missing or outdated by a change to the source language (the editors, and as a warning
 * when publishing).
 * Page {@code author/publish.xhtml} ({@code PublishCourse}); the authors part of
 * {@code admin/courses.xhtml} ({@code AssignAuthors}).
 *
 * <p>Depends on: account, administration, assessment, catalog, courseformat, platform.
 */
package org.capacityacademy.authoring.drafts;
