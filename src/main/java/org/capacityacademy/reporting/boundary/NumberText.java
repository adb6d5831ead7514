package org.capacityacademy.reporting.boundary;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** A report's number in the page's language: whole numbers as they are, decimals with one place. */
final class NumberText {

    private NumberText() {
    }

    static String of(Number value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (value instanceof BigDecimal || value instanceof Double) {
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
        }
        return format.format(value);
    }
}
