package org.capacityacademy.lti.control;

/**
 * A launch (or login initiation) the academy does not accept, with the reason as a message key the
 * refusal page shows in the person's language ({@code lti.refused.*}).
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class LaunchRefused extends RuntimeException {

    private final String reason;

    public LaunchRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public LaunchRefused(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    /** The message key, e.g. {@code lti.refused.signature}. */
    public String reason() {
        return reason;
    }
}
