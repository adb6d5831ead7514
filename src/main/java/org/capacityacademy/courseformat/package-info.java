/**
 * The course format of {@code courses/README.md}, in both directions, and nothing else of the
 * platform: a course's files read into one immutable model ({@link org.capacityacademy.courseformat.CourseSource})
 * and written back byte for byte (a changed field changes only its own text); the model checked
 * whole into what an import stores ({@link org.capacityacademy.courseformat.CourseReader}), every
 * problem with its file and line; YAML loaded once, with limits, in {@code yaml}; GIFT read and
 * written in {@code gift}; what each lesson and question says per language, and the rule for
 * complete, missing and outdated translations ({@link org.capacityacademy.courseformat.Translations});
 * the one policy for authored HTML in {@code html}. No JPA, no CDI: a unit test reads every course
 * in {@code courses/} in milliseconds.
 *
 * <p>Depends on: nothing.
 */
package org.capacityacademy.courseformat;
