package org.capacityacademy.assessment.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperTest {

    @Test
    void aPaperGivesBackTheQuestionsAndOrdersItWasDrawnWith() {
        List<Paper.Drawn> drawn = List.of(new Paper.Drawn(12, List.of(2, 0, 1), List.of()),
                new Paper.Drawn(14, List.of(1, 0), List.of(1, 0)), new Paper.Drawn(15, List.of(), List.of()));
        Paper paper = new Paper(7, 3, "orientation", "fr", drawn, Instant.parse("2026-12-07T10:00:00Z"));
        assertEquals(drawn, paper.drawn());
        assertEquals(36, paper.getPublicId().length());
        assertTrue(paper.belongsTo(7) && !paper.belongsTo(8));
    }
}
