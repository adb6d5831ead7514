package org.capacityacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.capacityacademy.assessment.control.AnswerSheet;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.assessment.entity.Question;
import org.capacityacademy.courseformat.gift.GiftQuestion;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answer sheets of the attempts being answered on this node, read once per attempt (and
 * again after a minute, for the learner's name in the statements) rather than at every answer.
 * A sheet is only ever given to the person it was read for; anything else reads it again, which
 * refuses what is not theirs or no longer open.
 */
@ApplicationScoped
public class AnswerSheets {

    /** Attempts kept; the least recently used go first (a sheet is a few kilobytes). */
    static final int KEPT = 2_000;
    static final Duration FRESH = Duration.ofMinutes(1);

    @Inject
    Attempts attempts;

    Clock clock = Clock.systemUTC();

    private final Map<String, AnswerSheet> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AnswerSheet> eldest) {
            return size() > KEPT;
        }
    };

    /** The sheet of this open attempt of this person's, or empty when it is not theirs or not open when read. */
    public Optional<AnswerSheet> of(String email, String attemptId) {
        AnswerSheet sheet;
        synchronized (kept) {
            sheet = kept.get(attemptId);
        }
        if (sheet != null && sheet.ownerEmail().equals(email) && sheet.readAt().plus(FRESH).isAfter(clock.instant())) {
            return Optional.of(sheet);
        }
        Optional<AnswerSheet> read = attempts.answerSheet(email, attemptId);
        synchronized (kept) {
            read.ifPresentOrElse(s -> kept.put(attemptId, s), () -> kept.remove(attemptId));
        }
        return read;
    }

    /** A question of an attempt as a sheet keeps it. */
    static AnswerSheet.Asked asked(AttemptQuestion asked, Question question, GiftQuestion content) {
        return new AnswerSheet.Asked(asked.getPosition(), question.getId(), question.getFileCode(), question.getType(),
                asked.getOptionOrder(), asked.getMatchOrder(), content);
    }
}
