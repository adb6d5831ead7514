package org.capacityacademy.authoring.archives.control;

/**
 * A zip that cannot be read as a course: why (a message key's last part) and the entry it is
 * about, if one. Nothing of such a zip is kept.
 */
public class ArchiveRefused extends Exception {

    /** Why a zip is refused; {@link #key()} is the message that says so in the user's language. */
    public enum Reason {
        NOT_A_ZIP, EMPTY, OUTSIDE_FOLDER, NOT_ONE_FOLDER, DUPLICATE_ENTRY, PATH_TOO_LONG, TOO_MANY_FILES,
        TOO_LARGE, NOT_UTF8, NO_COURSE_YAML,
        /** The folder is not named after the id that course.yaml states (checked once the course is read). */
        NOT_NAMED_AFTER_COURSE;

        public String key() {
            StringBuilder key = new StringBuilder("author.archive.");
            String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
            key.append(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
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
