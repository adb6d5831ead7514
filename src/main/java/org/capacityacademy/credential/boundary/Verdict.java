package org.capacityacademy.credential.boundary;

import org.capacityacademy.credential.entity.CompletionRecord;

import java.time.Instant;
import java.util.Optional;

/**
 * What verification found: the record's status and the record itself when there is one. The
 * reason says why a presented credential, PDF or typed code was not accepted; for a PDF whose
 * signature holds, {@code signed} says who signed it and when.
 */
public record Verdict(Status status, Reason reason, CompletionRecord record, Signed signed) {

    public Verdict(Status status, Reason reason, CompletionRecord record) {
        this(status, reason, record, null);
    }

    /** The signature of a presented PDF: the signer's name, and when it was signed (a timestamp authority's time, if any). */
    public record Signed(String signer, Instant at, boolean timestamped) {
    }

    public Verdict signedBy(Signed signature) {
        return new Verdict(status, reason, record, signature);
    }

    public enum Status {
        VALID, REVOKED, UNKNOWN;

        /** As the JSON answer names it. */
        public String json() {
            return name().toLowerCase();
        }
    }

    /** Why verification did not find a valid record. */
    public enum Reason {
        NONE, MISTYPED, NOT_FOUND, MALFORMED, FOREIGN_ISSUER, BAD_SIGNATURE, TOO_MANY,
        /** A PDF whose signed bytes differ, or that was extended after signing. */
        DOCUMENT_CHANGED,
        /** A PDF without a signature. */
        NOT_SIGNED,
        /** Not a PDF that can be read. */
        NOT_A_PDF,
        /** An upload over the size limit, refused unread. */
        FILE_TOO_LARGE;

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
