/**
 * Writing and rearranging courses in the browser, in rooms of their own: a course is always its
 * files in the format of {@code courses/README.md}, kept as published and, while someone edits it,
 * as a draft. {@code drafts} keeps the files, who may edit them and publishing; {@code courses}
 * creates courses and edits their settings and outline; {@code lessons} edits a lesson;
 * {@code banks} edits question banks and imports and exports GIFT; {@code archives} downloads and
 * uploads a course as a zip; {@code insight} shows authors their learners and the questions'
 * figures. Every room depends on {@code drafts}, none on another, and none reads or writes the
 * files' syntax itself: {@code courseformat} does.
 *
 * <p>Depends on: nothing. Each room below lists its own dependencies.
 */
package org.capacityacademy.authoring;
