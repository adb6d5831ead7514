/**
 * One lesson of a draft in every language of its course: its header's fields, its Markdown with
 * a preview rendered by the server, citations of the report inserted in the text's language, and
 * the lesson as learners will see it; each language's status (complete, missing or outdated). Pages {@code author/lesson.xhtml} ({@code EditLesson}) and
 * {@code author/preview-lesson.xhtml} ({@code PreviewLesson}).
 *
 * <p>Depends on: account, authoring.drafts, catalog, courseformat, platform.
 */
package org.capacityacademy.authoring.lessons;
