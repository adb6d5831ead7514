/**
 * A module's question bank in every language at once: questions added, edited, moved and
 * removed, GIFT files imported question by question with a report and exported per language, and
 * the quiz previewed as an attempt shows it. Pages {@code author/bank.xhtml} ({@code EditBank},
 * {@code ImportGift}), {@code author/question.xhtml} ({@code EditQuestion}) and
 * {@code author/preview-quiz.xhtml} ({@code PreviewQuiz}); {@code GET /api/author/gift}.
 *
 * <p>Depends on: account, assessment, authoring.drafts, courseformat, platform.
 */
package org.capacityacademy.authoring.banks;
