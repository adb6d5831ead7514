package org.capacityacademy.reporting.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellGuardTest {

    @Test
    void textsThatASpreadsheetWouldReadAsAFormulaGetAnApostrophe() {
        assertEquals("'=cmd|' /C calc'!A0", CellGuard.neutralise("=cmd|' /C calc'!A0"));
        assertEquals("'+1+1", CellGuard.neutralise("+1+1"));
        assertEquals("'-2+3", CellGuard.neutralise("-2+3"));
        assertEquals("'@SUM(A1:A2)", CellGuard.neutralise("@SUM(A1:A2)"));
        assertEquals("'\t=1", CellGuard.neutralise("\t=1"));
    }

    @Test
    void otherTextsStayAsTheyAre() {
        assertEquals("Kenya", CellGuard.neutralise("Kenya"));
        assertEquals("a=b", CellGuard.neutralise("a=b"));
        assertEquals("Côte d’Ivoire", CellGuard.neutralise("Côte d’Ivoire"));
        assertEquals("", CellGuard.neutralise(""));
        assertEquals("", CellGuard.neutralise(null));
    }
}
