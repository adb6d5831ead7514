package org.capacityacademy.reporting.control;

import org.capacityacademy.reporting.entity.Breakdown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The periods of a report by month ({@code 202603}), quarter ({@code 20261}) or year
 * ({@code 2026}): every one from the first to the last that has figures, so that a line over
 * time shows a quiet month as zero rather than skipping it.
 */
public final class Periods {

    /** A report over more periods than this (a century of months) lists only those with figures. */
    static final int MAX = 1200;

    private Periods() {
    }

    public static List<String> between(Breakdown by, Collection<String> keys) {
        List<Integer> found = keys.stream().filter(k -> !k.isEmpty()).map(Integer::valueOf).sorted().toList();
        List<String> all = new ArrayList<>();
        if (found.isEmpty()) {
            return all;
        }
        int last = found.get(found.size() - 1);
        for (int period = found.get(0); period <= last && all.size() <= MAX; period = next(by, period)) {
            all.add(String.valueOf(period));
        }
        return all.size() > MAX ? found.stream().map(String::valueOf).toList() : all;
    }

    /** The first day of the month, quarter or year of {@code day}. */
    public static LocalDate start(Breakdown by, LocalDate day) {
        return switch (by) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
            default -> throw new IllegalArgumentException(by + " is not a period");
        };
    }

    /** The last day of the month, quarter or year of {@code day}. */
    public static LocalDate end(Breakdown by, LocalDate day) {
        LocalDate start = start(by, day);
        return (by == Breakdown.MONTH ? start.plusMonths(1) : by == Breakdown.QUARTER ? start.plusMonths(3) : start.plusYears(1))
                .minusDays(1);
    }

    /** The key of the period of {@code day}, as the reports' SQL makes it ({@code 202603}, {@code 20261}, {@code 2026}). */
    public static String key(Breakdown by, LocalDate day) {
        return String.valueOf(switch (by) {
            case MONTH -> day.getYear() * 100 + day.getMonthValue();
            case QUARTER -> day.getYear() * 10 + (day.getMonthValue() + 2) / 3;
            case YEAR -> day.getYear();
            default -> throw new IllegalArgumentException(by + " is not a period");
        });
    }

    static int next(Breakdown by, int period) {
        return switch (by) {
            case MONTH -> period % 100 == 12 ? (period / 100 + 1) * 100 + 1 : period + 1;
            case QUARTER -> period % 10 == 4 ? (period / 10 + 1) * 10 + 1 : period + 1;
            default -> period + 1;
        };
    }
}
