package org.capacityacademy.platform.control;

import java.util.Map;

/**
 * EclipseLink's read-only query hint (named as a string: EclipseLink is the server's, not a
 * compile dependency). Read-only results are the shared cache's own objects rather than a copy
 * for each transaction: for content that requests only read (the catalogue, question banks),
 * this avoids copying and the cache locks that copying takes, which under load made requests
 * queue. Never change an object read this way.
 */
public final class ReadOnly {

    public static final String HINT = "eclipselink.read-only";
    public static final String TRUE = "True";
    public static final Map<String, Object> HINTS = Map.of(HINT, TRUE);

    private ReadOnly() {
    }
}
