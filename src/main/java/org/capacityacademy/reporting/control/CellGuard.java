package org.capacityacademy.reporting.control;

/**
 * Keeps a spreadsheet from reading an exported cell as a formula (CSV or formula injection): a
 * text beginning with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return,
 * which some programs skip before looking) gets an apostrophe in front, as OWASP advises.
 * Course titles, organisation names and cohort names are typed by people, so every text cell
 * passes through here; numbers are written as numbers and need no guard.
 */
public final class CellGuard {

    private CellGuard() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
