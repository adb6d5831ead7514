/**
 * A course as a zip of its folder: downloaded as published or as drafted, and uploaded as the
 * draft of a course the person may edit or as a new course, every entry checked before anything
 * is kept. Page {@code author/import-course.xhtml} ({@code ImportCourse});
 * {@code GET /api/author/course.zip}.
 *
 * <p>Depends on: account, authoring.drafts, courseformat, platform.
 */
package org.capacityacademy.authoring.archives;
