package org.capacityacademy.assessment.control;

import org.capacityacademy.courseformat.gift.QuestionType;
import org.capacityacademy.courseformat.gift.GiftQuestion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What saving an answer to an open attempt needs to know and what does not change while it is
 * open: whose it is, its language and course, and each question as drawn (type, the order its
 * options and matches are shown in, its content for scoring and for the xAPI statement), with the
 * learner's name and language for the statement as they were when it was read ({@code readAt}).
 * Whether the attempt is still open is never taken from here: the write asks the database.
 */
public record AnswerSheet(long attemptId, String publicId, long accountId, String ownerEmail, String language,
                          String courseCode, String actorName, String actorLanguage, List<Asked> questions,
                          Instant readAt) {

    /** One question of the attempt, at its place, as the attempt shows it. */
    public record Asked(int position, long questionId, String questionCode, QuestionType type,
                        List<Integer> optionOrder, List<Integer> matchOrder, GiftQuestion content) {
    }

    public AnswerSheet {
        questions = List.copyOf(questions);
    }

    /** The question at this place of the attempt, if it has one. */
    public Optional<Asked> asked(int position) {
        return questions.stream().filter(q -> q.position() == position).findFirst();
    }
}
