package org.capacityacademy.credential.boundary;

import org.capacityacademy.credential.entity.CompletionRecord;

import java.util.Optional;

/**
 * What verification found: the record's status and the record itself when there is one. The
 * reason says why a presented credential or typed code was not accepted.
 */
public record Verdict(Status status, Reason reason, CompletionRecord record) {

    public enum Status {
        VALID, REVOKED, UNKNOWN;

        /** As the JSON answer names it. */
        public String json() {
            return name().toLowerCase();
        }
    }

    /** Why verification did not find a valid record. */
    public enum Reason {
        NONE, MISTYPED, NOT_FOUND, MALFORMED, FOREIGN_ISSUER, BAD_SIGNATURE, TOO_MANY;

        public String key() {
            return "verify.reason." + name().toLowerCase().replace('_', '-');
        }
    }

    public static Verdict of(CompletionRecord record) {
        return new Verdict(record.isRevoked() ? Status.REVOKED : Status.VALID, Reason.NONE, record);
    }

    public static Verdict unknown(Reason reason) {
        return new Verdict(Status.UNKNOWN, reason, null);
    }

    public Optional<CompletionRecord> found() {
        return Optional.ofNullable(record);
    }

    public boolean isValid() {
        return status == Status.VALID;
    }

    public boolean isRevoked() {
        return status == Status.REVOKED;
    }

    public boolean isUnknown() {
        return status == Status.UNKNOWN;
    }
}
