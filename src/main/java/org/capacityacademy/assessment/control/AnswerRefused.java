package org.capacityacademy.assessment.control;

import jakarta.ejb.ApplicationException;

/**
 * An answer or attempt action that was refused and changed nothing. It does not roll back:
 * when the time is up, the submission made on the way stays.
 */
@ApplicationException(rollback = false)
public class AnswerRefused extends RuntimeException {

    private final AnswerRefusal reason;

    public AnswerRefused(AnswerRefusal reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public AnswerRefusal getReason() {
        return reason;
    }
}
