package org.capacityacademy.authoring.control;

/**
 * A zip that cannot be read as a course: why (a message key's last part) and the entry it is
 * about, if one. Nothing of such a zip is kept.
 */
public class ArchiveRefused extends Exception {

    /** Why a zip is refused; {@link #key()} is the message that says so in the user's language. */
    public enum Reason {
        NOT_A_ZIP, EMPTY, OUTSIDE_FOLDER, NOT_ONE_FOLDER, DUPLICATE_ENTRY, PATH_TOO_LONG, TOO_MANY_FILES,
        TOO_LARGE, NOT_UTF8, NO_COURSE_YAML;

        public String key() {
            return "author.archive." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final String entry;

    public ArchiveRefused(Reason reason, String entry) {
        super(reason + (entry == null ? "" : ": " + entry));
        this.reason = reason;
        this.entry = entry;
    }

    public Reason getReason() {
        return reason;
    }

    /** The zip entry the refusal is about, or a limit, or empty. */
    public String getEntry() {
        return entry == null ? "" : entry;
    }
}
