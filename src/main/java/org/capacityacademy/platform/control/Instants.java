package org.capacityacademy.platform.control;

import java.time.Instant;

/** Times a device reports (it may be wrong), taken within the limits the server knows. */
public final class Instants {

    private Instants() {
    }

    /** {@code said}, or the nearest limit when it lies before {@code earliest} or after {@code latest}. */
    public static Instant within(Instant said, Instant earliest, Instant latest) {
        if (said.isBefore(earliest)) {
            return earliest;
        }
        return said.isAfter(latest) ? latest : said;
    }
}
