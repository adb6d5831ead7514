package org.capacityacademy.bench;

import java.util.List;

/** The median of repeated measurements: the middle one, or the mean of the two middle ones. */
final class Medians {

    private Medians() {
    }

    static double of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurement");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
