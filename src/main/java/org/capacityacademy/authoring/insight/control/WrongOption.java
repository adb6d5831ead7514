package org.capacityacademy.authoring.insight.control;

/**
 * The wrong answer learners gave most often to one question, with how many gave it: for a
 * choice, a wrong option ({@code text}); for true/false, the wrong value ({@code truth});
 * for matching, a wrong pair ({@code text} → {@code match}); for a short answer, the wrong
 * text typed most often (lower case, spaces trimmed).
 *
 * @param share {@code chosen} out of the answers to the question, from 0 to 1
 */
public record WrongOption(String text, String match, Boolean truth, long chosen, double share) {
}
