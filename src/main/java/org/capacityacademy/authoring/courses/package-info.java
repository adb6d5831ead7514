/**
 * Creating a course (teaching the report of a published one), its settings ({@code course.yaml}:
 * titles, languages, version, enrolment, completion rule, final assessment), its modules'
 * settings, and its outline: modules and lessons added, renamed, moved and removed. Pages
 * {@code author/courses.xhtml} ({@code AuthorCourses}), {@code author/course.xhtml}
 * ({@code CourseSettings}, {@code EditCourse}) and {@code author/module.xhtml} ({@code EditModule}).
 *
 * <p>Depends on: authoring.drafts, courseformat, platform.
 */
package org.capacityacademy.authoring.courses;
