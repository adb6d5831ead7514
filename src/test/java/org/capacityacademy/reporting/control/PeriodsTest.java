package org.capacityacademy.reporting.control;

import org.capacityacademy.reporting.entity.Breakdown;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodsTest {

    @Test
    void quietPeriodsBetweenTheFirstAndLastAreListed() {
        assertEquals(List.of("202511", "202512", "202601", "202602"), Periods.between(Breakdown.MONTH, List.of("202602", "202511")));
        assertEquals(List.of("20254", "20261", "20262"), Periods.between(Breakdown.QUARTER, List.of("20254", "20262")));
        assertEquals(List.of("2024", "2025", "2026"), Periods.between(Breakdown.YEAR, List.of("2026", "2024")));
        assertEquals(List.of(), Periods.between(Breakdown.YEAR, List.of()));
    }
}
